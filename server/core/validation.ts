// Validation of GraphQL arguments with class-validator, for type-graphql, and
// of the text every argument and input field may hold.
//
// type-graphql's own path imports class-validator dynamically on every
// argument it checks; under load that import was 15% of the CPU and made
// DataLoader batches split. A static import and synchronous validation
// (every rule here is synchronous) avoid both.
import { validateSync, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";
import { badInput } from "./errors.ts";

const options: ValidatorOptions = {
  // GraphQL already checked types and required arguments.
  skipMissingProperties: true,
  forbidUnknownValues: false,
};

// ─── Text ───────────────────────────────────────────────────────────────────

// What no text sent to Maillage may hold: control characters (C0 but tab, LF
// and CR; DEL; C1), unpaired surrogates, and the noncharacters U+FFFE and
// U+FFFF. PostgreSQL refuses a NUL (the request failed as an internal error),
// stores an unpaired surrogate as U+FFFD, and the others are invisible in the
// web app and forbidden in the XML and iCalendar files the data ends up in.
const FORBIDDEN_IN_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;

/** The first character no text may hold, with its position (in code units), or null. */
export function forbiddenCharacter(text: string): { codePoint: number; index: number } | null {
  const match = FORBIDDEN_IN_TEXT.exec(text);
  return match ? { codePoint: match[0].codePointAt(0)!, index: match.index } : null;
}

const codePointName = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Throws BAD_USER_INPUT on the first text of `value` (an argument, an input
 * object, a list: walked whole) holding a forbidden character; `field` names
 * it by its path from the argument ("input.sessions.1.title").
 */
export function assertCleanText(value: unknown, field: string): void {
  // A stack rather than recursion: no input nests deep enough to matter, but
  // the walk does not depend on it.
  const stack: [unknown, string][] = [[value, field]];
  while (stack.length) {
    const [item, path] = stack.pop()!;
    if (typeof item === "string") {
      const found = forbiddenCharacter(item);
      if (found) {
        throw badInput(
          path,
          `« ${path} » contient un caractère interdit (${codePointName(found.codePoint)}, position ${found.index + 1}) : ` +
            "les caractères de contrôle (hors tabulation et retour à la ligne) et les caractères Unicode invalides ne sont pas acceptés.",
        );
      }
    } else if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index -= 1) stack.push([item[index], `${path}.${index}`]);
    } else if (item !== null && typeof item === "object") {
      for (const key of Object.keys(item).reverse()) stack.push([(item as Record<string, unknown>)[key], path ? `${path}.${key}` : key]);
    }
  }
}

// ─── Arguments ──────────────────────────────────────────────────────────────

// The argument objects already checked: type-graphql calls validateArgument
// once per argument parameter of a resolver, each time with all of them.
const textChecked = new WeakSet<object>();

// class-validator reads every decorator of a class again on each call: 15 µs
// for a page's { first, after }, asked of every nested list of every
// request. The rules (class-validator's own, no custom one) are pure
// functions of the values, and the same few values come back request after
// request: the arguments found valid are remembered by class and values,
// when their values are scalars. Bounded: forgotten all at once when full.
const MAX_REMEMBERED = 2000;
const MAX_REMEMBERED_TEXT = 256;
const foundValid = new Map<unknown, Set<string>>();
let remembered = 0;

/** The values of an argument object made only of scalars (short texts), as a key; null otherwise. */
function scalarKey(item: object): string | null {
  for (const value of Object.values(item)) {
    if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") continue;
    if (typeof value !== "string" || value.length > MAX_REMEMBERED_TEXT) return null;
  }
  return JSON.stringify(item);
}

function validateObject(item: object): ValidationError[] {
  const key = scalarKey(item);
  if (key !== null && foundValid.get(item.constructor)?.has(key)) return [];
  const errors = validateSync(item, options);
  if (key !== null && errors.length === 0) {
    if (remembered >= MAX_REMEMBERED) {
      foundValid.clear();
      remembered = 0;
    }
    const known = foundValid.get(item.constructor) ?? new Set<string>();
    foundValid.set(item.constructor, known.add(key));
    remembered += 1;
  }
  return errors;
}

export const validateArgument: ValidatorFn = (value, _type, { args }) => {
  // Every text of every argument, by its name and path: the one place every
  // GraphQL argument goes through.
  if (args && !textChecked.has(args)) {
    textChecked.add(args);
    assertCleanText(args, "");
  }
  if (value === null || typeof value !== "object") return;
  const errors = (Array.isArray(value) ? value : [value])
    .filter((item) => item !== null && typeof item === "object")
    .flatMap((item) => validateObject(item));
  if (errors.length) throw new ArgumentValidationError(errors);
};
