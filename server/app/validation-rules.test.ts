// The argument and input classes of the schema use only rules whose answer
// depends on the value alone: validateArgument (core/validation.ts)
// remembers the values it found valid, which is sound only then.
import "reflect-metadata";
import { getMetadataStorage } from "class-validator";
import { describe, expect, it } from "vitest";
import { createSchema } from "./schema.ts";

describe("the schema's validation rules", () => {
  it("are class-validator's own, whose answer depends on the value alone", async () => {
    await createSchema();
    // class-validator's own rules, as the argument and input classes use them.
    const pure = new Set([
      "isOptional", "nestedValidation", "isInt", "min", "max", "maxLength", "isLength", "matches", "arrayMaxSize", "arrayMinSize", "isEmail", "isUrl",
    ]);
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { type: string; name?: string }[]> };
    const rules = new Set([...storage.validationMetadatas.values()].flat().map((rule) => rule.name || rule.type));
    expect(rules.size).toBeGreaterThan(5);
    // A new rule: remembering its answers must stay right (no clock, no
    // database, nothing but the value), else validateObject must not remember it.
    expect([...rules].filter((rule) => !pure.has(rule))).toEqual([]);
  });
});
