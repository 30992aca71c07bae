// Argument validation: the arguments found valid are remembered, and nothing
// else ever is: a value refused stays refused, however often the valid ones
// come back, and past the bound.
import "reflect-metadata";
import { ArgumentValidationError } from "type-graphql";
import { describe, expect, it } from "vitest";
import { PageArgs } from "./pagination.ts";
import { validateArgument } from "./validation.ts";

function pageArgs(values: Partial<PageArgs>): PageArgs {
  return Object.assign(new PageArgs(), values);
}

function check(values: Partial<PageArgs>): void {
  const args = pageArgs(values);
  validateArgument(args, PageArgs, { root: undefined, args: { ...args }, context: {}, info: {} as never });
}

const refusal = (values: Partial<PageArgs>) => {
  try {
    check(values);
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    return error.extensions.validationErrors.flatMap((failure) => Object.values(failure.constraints ?? {}));
  }
  return null;
};

describe("validateArgument", () => {
  it("refuses a page over the maximum before, between and after the valid sizes it remembers", () => {
    const tooLarge = ["first ne peut pas dépasser 100 : demandez la page suivante avec after."];
    expect(refusal({ first: 101 })).toEqual(tooLarge);
    for (let round = 0; round < 3; round += 1) {
      expect(refusal({ first: 100 })).toBeNull();
      expect(refusal({ first: 100, after: "WyJhIl0" })).toBeNull();
      expect(refusal({ first: 101 })).toEqual(tooLarge);
      expect(refusal({ first: 101, after: "WyJhIl0" })).toEqual(tooLarge);
      expect(refusal({ first: -1 })).toEqual(["first doit être positif ou nul."]);
    }
  });

  it("still refuses once it has forgotten, past its bound", () => {
    for (let index = 0; index < 5000; index += 1) expect(refusal({ first: index % 101, after: `c${index}` })).toBeNull();
    expect(refusal({ first: 100, after: "c4999" })).toBeNull();
    expect(refusal({ first: 101, after: "c4999" })).not.toBeNull();
    expect(refusal({ first: 1.5 })).not.toBeNull();
  });

  it("checks the text of arguments it remembers as valid", () => {
    expect(refusal({ first: 10, after: "abc" })).toBeNull();
    expect(() => check({ first: 10, after: "ab\u0000c" })).toThrow(/caractère interdit \(U\+0000, position 3\)/);
  });
});
