// Where a form says what the API refused: beside the field the error names
// (extensions.field, as the input names it), or above the button when the
// field has no place of its own in the form. The messages are the API's,
// already in French.
import { tick } from "svelte";
import type { CombinedError } from "@urql/svelte";
import { apiError } from "../../client.ts";

export interface Refusal {
  /** The form's field to say it beside, or null: above the button. */
  field: string | null;
  message: string;
  code: string | null;
}

/** The field at fault without the argument's path: "input.scope.territory" → "territory", "input.newPassword" → "newPassword". */
export const formField = (apiField: string | null) => apiField?.replace(/^input\./, "").replace(/^scope\./, "") ?? null;

export function refusalOf(error: CombinedError, placed: readonly string[]): Refusal {
  const { message, code, field } = apiError(error);
  const named = formField(field);
  return { field: named && placed.includes(named) ? named : null, message, code };
}

/** The message of `field`, if the refusal is about it. */
export const messageFor = (refusal: Refusal | null, field: string) => (refusal?.field === field ? refusal.message : null);

/**
 * Once the form shows the refusal, takes the keyboard to it: the field at
 * fault, or else the form's message (which has tabindex -1).
 */
export async function focusRefusal(form: HTMLFormElement | undefined) {
  await tick();
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-refusal]");
  target?.focus();
}

/** The token of a link sent by e-mail, after its « # » (never sent to the server in an address). */
export function linkToken(): string {
  const raw = window.location.hash.slice(1);
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    // A link cut or mangled by a mail client: the server says it is not valid.
    return raw.trim();
  }
}
