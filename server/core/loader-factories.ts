// The two shapes of batched lookups every module needs.
import DataLoader from "dataloader";

/** One record per key (null when absent), fetched for all keys in one call. */
export function recordLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((value) => [keyOf(value), value]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Every record of each key, fetched for all keys in one call. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>();
    for (const value of await fetch(keys)) {
      const key = keyOf(value);
      const group = byKey.get(key);
      if (group) group.push(value);
      else byKey.set(key, [value]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** The records of these keys that exist, in order: a loader's loadMany without the misses and errors. */
export async function loadExisting<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  return (await loader.loadMany(keys)).filter((row): row is V => row !== null && !(row instanceof Error));
}

/**
 * A groupLoader whose groups may be given ahead, read along with the records
 * they belong to (a page of events with its sessions): those are answered
 * at once. DataLoader answers even a cached key only when its next batch
 * goes, one tick later, and what a resolver loads after that (the
 * organisation of each co-organiser) would miss the batch of the lookups
 * made meanwhile (the venues' organisations): one statement more.
 */
export function givenGroupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  const loader = groupLoader(fetch, keyOf);
  const given = new Map<K, V[]>();
  return {
    load: (key: K): V[] | Promise<V[]> => given.get(key) ?? loader.load(key),
    /** Gives the records of a key, read elsewhere. */
    give: (key: K, values: V[]) => {
      given.set(key, values);
    },
  };
}
