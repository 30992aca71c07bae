// Loading one record for its page (an organisation, a collective, a COTESS,
// a Maison): the same states, title and focus everywhere.
import { tick } from "svelte";
import { errorMessage } from "./client.ts";
import type { CombinedError } from "@urql/svelte";

export interface RecordPage<T> {
  readonly loading: boolean;
  readonly error: string | null;
  readonly record: T | null;
}

/**
 * Call during a page component's initialisation. `fetch` rejects with the
 * query's CombinedError; null means no such record. Pages are keyed by id in
 * App.svelte, so this runs once per page.
 */
export function loadRecordPage<T extends { name: string }>(
  fetch: () => Promise<T | null>,
  options: { focusOnLoad: () => boolean; heading: () => HTMLElement | undefined },
): RecordPage<T> {
  const state = $state({ loading: true, error: null as string | null, record: null as T | null });
  $effect(() => {
    fetch().then(
      async (found) => {
        state.record = found;
        state.loading = false;
        if (found) document.title = `${found.name} — Maillage`;
        // After a click the reader is taken to what they asked for.
        if (found && options.focusOnLoad()) {
          await tick();
          options.heading()?.focus();
        }
      },
      (failure: CombinedError) => {
        state.error = errorMessage(failure);
        state.loading = false;
      },
    );
  });
  return state;
}
