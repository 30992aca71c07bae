// Loading one record for its page (an organisation, a collective, a COTESS,
// a Maison, a document), or the list of an index page: the same states,
// title and focus everywhere.
import { tick } from "svelte";
import { getContextClient, type CombinedError, type TypedDocumentNode } from "@urql/svelte";
import { errorMessage } from "./client.ts";
import { flattenConnections } from "./graphql/connections.ts";
import type { Flattened } from "./graphql/tada.ts";

export interface RecordPage<T> {
  readonly loading: boolean;
  readonly error: string | null;
  readonly record: T | null;
  /** Reads the record again from the server (after a change made on the page), without moving the focus. */
  reload(): Promise<void>;
}

/**
 * Call during a page component's initialisation: runs `query` for `id` and
 * reads the record under `field`, its nested connections turned into lists;
 * the document's title is the record's name (or its title, for a document).
 * Pages are keyed by id in App.svelte, so this runs once per page.
 */
export function loadRecordPage<Data extends { [key in F]: { name: string } | { title: string } | null }, F extends string>(
  query: TypedDocumentNode<Data, { id: string }>,
  field: F,
  options: { id: () => string; focusOnLoad: () => boolean; heading: () => HTMLElement | undefined },
): RecordPage<Flattened<NonNullable<Data[F]>>> {
  type T = Flattened<NonNullable<Data[F]>>;
  const client = getContextClient();
  const state = $state({ loading: true, error: null as string | null, record: null as T | null });
  const fetch = async (requestPolicy?: "network-only"): Promise<T | null> => {
    const result = await client.query(query, { id: options.id() }, requestPolicy ? { requestPolicy } : undefined).toPromise();
    if (result.error) throw result.error;
    const found = result.data?.[field];
    return found ? flattenConnections<T>(found) : null;
  };
  $effect(() => {
    fetch().then(
      async (found) => {
        state.record = found;
        state.loading = false;
        if (found) document.title = `${"name" in found ? found.name : found.title} — Maillage`;
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
  return {
    get loading() { return state.loading; },
    get error() { return state.error; },
    get record() { return state.record; },
    async reload() {
      try {
        state.record = await fetch("network-only");
      } catch (failure) {
        state.error = errorMessage(failure as CombinedError);
      }
    },
  };
}

export interface RecordList<T> {
  readonly loading: boolean;
  readonly error: string | null;
  readonly records: T[];
}

/**
 * Call during an index page's initialisation: runs `query` (no variables)
 * and reads the list under `field` (the COTESS, the Maisons, the documents).
 */
export function loadRecordList<Data extends { [key in F]: unknown[] }, F extends string>(
  query: TypedDocumentNode<Data, Record<string, never>>,
  field: F,
): RecordList<Data[F][number]> {
  const client = getContextClient();
  const state = $state({ loading: true, error: null as string | null, records: [] as Data[F][number][] });
  $effect(() => {
    client.query(query, {}).toPromise().then((result) => {
      state.loading = false;
      if (result.error) state.error = errorMessage(result.error);
      else state.records = result.data?.[field] ?? [];
    });
  });
  return state;
}
