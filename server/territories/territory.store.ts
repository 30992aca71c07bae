// The official territories held in each process's memory: about 36,000 rows
// and 107,000 inclusions (30 MB of heap, 0.3 s to read), which change only
// when a new version of the official list is loaded. Every lookup by code or
// id, every parent and every page of communes is then answered without a
// statement: a territory lookup was two statements of the API's three-odd
// per request, and a territory is named by most pages of the app.
//
// The SQL of territory.service.ts stays the definition: a transaction reads
// through it, and a test compares the store with it, territory by territory.
// A process notices a load made by another one (a new version of the list
// loaded by another instance) within REFRESH_MS: it checks territory_load's
// latest id at most that often, in the background, and swaps in a fresh copy.
import type { PrismaClient } from "../core/database.ts";
import { poolOf } from "../core/database.ts";
import type { EpciNature, TerritoryKind } from "./territory.type.ts";

/** The columns of a territory that the API reads. */
export interface TerritoryRow {
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number;
  epciNature: EpciNature | null;
  postalCodes: string[];
  /** [longitude, latitude] of its contour's centre; empty without a contour. */
  centroid: number[];
  /** [west, south, east, north]; empty without a contour. */
  boundingBox: number[];
}

export interface ParentLink {
  descendantId: number;
  principal: boolean;
  territory: TerritoryRow;
}

const REFRESH_MS = 60_000;

export interface TerritoryStore {
  /** territory_load's latest id when read. */
  readonly version: number;
  readonly byId: ReadonlyMap<number, TerritoryRow>;
  byCode(kind: TerritoryKind, code: string): TerritoryRow | undefined;
  /** Outermost first, principal first, then by name: parentsOfMany's order. */
  parentsOf(id: number): readonly ParentLink[];
  /** The current territories inside `ancestorId` (of `kind`, or all), largest population first then by id. */
  inside(ancestorId: number, kind?: TerritoryKind): readonly TerritoryRow[];
  /** Every current territory (of `kind`, or all), in the same order. */
  all(kind?: TerritoryKind): readonly TerritoryRow[];
  /**
   * The current territories whose search text has a word starting with each
   * of `prefixes` and which have every one of `postalCodes` (at least one of
   * the two lists not empty), in the same order: the SQL's
   * `search_text LIKE '% prefix%'` and `postal_codes @> codes`.
   */
  search(prefixes: readonly string[], postalCodes: readonly string[]): readonly TerritoryRow[];
  /** The territories sharing a border with this one (same level), by name. */
  neighboursOf(id: number): readonly TerritoryRow[];
  /** A commune's 2018 contour codes (territory.contours.ts); empty for other levels and communes without contour. */
  contourCodesOf(id: number): readonly string[];
}

interface StoredTerritory extends TerritoryRow {
  retired: boolean;
  searchText: string;
  contourCodes: string[];
}

const byPopulation = (a: TerritoryRow, b: TerritoryRow) => b.population - a.population || a.id - b.id;

async function readStore(prisma: PrismaClient): Promise<TerritoryStore> {
  const pool = poolOf(prisma);
  // One snapshot: the version read with the rows it names.
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const version = (await client.query<{ version: number | null }>("SELECT max(id) AS version FROM territory_load")).rows[0].version ?? 0;
    const territories = await client.query<StoredTerritory>(
      `SELECT t.id, t.kind::text AS kind, t.code, t.name, t.population, t.epci_nature::text AS "epciNature",
              t.postal_codes AS "postalCodes", t.centroid, t.bounding_box AS "boundingBox",
              t.retired_at IS NOT NULL AS retired, t.search_text AS "searchText", t.contour_codes AS "contourCodes"
         FROM territory t`,
    );
    // In neighboursOfMany's order.
    const neighbours = await client.query<[territoryId: number, neighbourId: number]>({
      text: `SELECT n.territory_id, n.neighbour_id FROM territory_neighbour n JOIN territory t ON t.id = n.neighbour_id
              WHERE t.retired_at IS NULL ORDER BY n.territory_id, t.name, t.id`,
      rowMode: "array",
    });
    // In parentsOfMany's order, names compared by PostgreSQL's collation.
    const links = await client.query<[descendantId: number, ancestorId: number, principal: boolean]>({
      text: `SELECT i.descendant_id, i.ancestor_id, i.principal
               FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id
              ORDER BY i.descendant_id, array_position(ARRAY['REGION','DEPARTEMENT','EPCI','COMMUNE'], t.kind::text), NOT i.principal, t.name`,
      rowMode: "array",
    });
    await client.query("COMMIT");
    return buildStore(version, territories.rows, links.rows, neighbours.rows);
  } finally {
    client.release();
  }
}

function buildStore(version: number, rows: StoredTerritory[], links: [number, number, boolean][], neighbourPairs: [number, number][]): TerritoryStore {
  const byId = new Map<number, TerritoryRow>();
  const byCode = new Map<string, TerritoryRow>();
  const retired = new Set<number>();
  const current: TerritoryRow[] = [];
  const searchTexts = new Map<TerritoryRow, string>();
  const contourCodes = new Map<number, string[]>();
  for (const { retired: isRetired, searchText, contourCodes: codes, ...row } of rows) {
    if (codes.length) contourCodes.set(row.id, codes);
    byId.set(row.id, row);
    byCode.set(`${row.kind}|${row.code}`, row);
    if (isRetired) retired.add(row.id);
    else {
      current.push(row);
      searchTexts.set(row, searchText);
    }
  }
  const parents = new Map<number, ParentLink[]>();
  const inside = new Map<string, TerritoryRow[]>();
  const add = (key: string, territory: TerritoryRow) => {
    const list = inside.get(key);
    if (list) list.push(territory);
    else inside.set(key, [territory]);
  };
  for (const [descendantId, ancestorId, principal] of links) {
    const descendant = byId.get(descendantId)!;
    const list = parents.get(descendantId);
    const link = { descendantId, principal, territory: byId.get(ancestorId)! };
    if (list) list.push(link);
    else parents.set(descendantId, [link]);
    if (retired.has(descendantId)) continue;
    add(`${ancestorId}|`, descendant);
    add(`${ancestorId}|${descendant.kind}`, descendant);
  }
  for (const row of current) add(`|${row.kind}`, row);
  inside.set("|", current);
  for (const list of inside.values()) list.sort(byPopulation);
  const search = searchIndex(current, searchTexts);
  const neighbours = new Map<number, TerritoryRow[]>();
  for (const [territoryId, neighbourId] of neighbourPairs) {
    const list = neighbours.get(territoryId);
    if (list) list.push(byId.get(neighbourId)!);
    else neighbours.set(territoryId, [byId.get(neighbourId)!]);
  }
  return {
    version,
    byId,
    byCode: (kind, code) => byCode.get(`${kind}|${code}`),
    parentsOf: (id) => parents.get(id) ?? [],
    inside: (ancestorId, kind) => inside.get(`${ancestorId}|${kind ?? ""}`) ?? [],
    all: (kind) => inside.get(`|${kind ?? ""}`) ?? [],
    search,
    neighboursOf: (id) => neighbours.get(id) ?? [],
    contourCodesOf: (id) => contourCodes.get(id) ?? [],
  };
}

// Searching 36,000 names costs less in memory than the round trip of the
// statement that does it in PostgreSQL (0.25 ms executed, twice the Node work
// of the answer around it). Each word of a search text and each postal code
// points to its territories by rank in population order: the longest prefix
// reads the postings of the words it starts (a binary search in the sorted
// words), and every other condition filters those few.
function searchIndex(current: readonly TerritoryRow[], searchTexts: ReadonlyMap<TerritoryRow, string>): TerritoryStore["search"] {
  const ranked = [...current].sort(byPopulation);
  const texts = ranked.map((row) => searchTexts.get(row)!);
  const postings = new Map<string, number[]>();
  const byPostalCode = new Map<string, number[]>();
  const post = (index: Map<string, number[]>, key: string, rank: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [rank]);
    else if (list.at(-1) !== rank) list.push(rank);
  };
  ranked.forEach((row, rank) => {
    for (const word of texts[rank].split(" ")) if (word) post(postings, word, rank);
    for (const code of row.postalCodes) post(byPostalCode, code, rank);
  });
  // Byte order, which prefixes keep together: words are [a-z0-9] (searchText).
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  function ranksOfPrefix(prefix: string): number[] {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const lists: number[][] = [];
    for (let i = low; i < words.length && words[i].startsWith(prefix); i++) lists.push(postings.get(words[i])!);
    if (lists.length === 1) return lists[0];
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  return (prefixes, postalCodes) => {
    const longest = [...prefixes].sort((a, b) => b.length - a.length);
    const ranks = longest.length ? ranksOfPrefix(longest[0]) : (byPostalCode.get(postalCodes[0]) ?? []);
    const others = longest.slice(1).map((prefix) => ` ${prefix}`);
    const found: TerritoryRow[] = [];
    for (const rank of ranks) {
      const row = ranked[rank];
      if (others.every((other) => texts[rank].includes(other)) && postalCodes.every((code) => row.postalCodes.includes(code))) found.push(row);
    }
    return found;
  };
}

interface Holder {
  store: Promise<TerritoryStore>;
  checkedAt: number;
  checking: boolean;
}

const holders = new WeakMap<PrismaClient, Holder>();

/**
 * The territories of the client's database, read on first use; null for a
 * transaction's client, which must read through its transaction.
 */
export function territoryStore(prisma: PrismaClient, now = Date.now()): Promise<TerritoryStore> | null {
  if (!poolOf(prisma, null)) return null;
  let holder = holders.get(prisma);
  if (!holder) {
    holder = { store: readStore(prisma), checkedAt: now, checking: false };
    holders.set(prisma, holder);
    // A failed read (the database restarting) is tried again on next use.
    holder.store.catch(() => holders.delete(prisma));
    return holder.store;
  }
  if (now - holder.checkedAt > REFRESH_MS && !holder.checking) void refresh(prisma, holder, now);
  return holder.store;
}

/** Checks for a new load now, and gives the territories then current (a client of createPrismaClient's). */
export async function checkTerritoryStore(prisma: PrismaClient): Promise<TerritoryStore> {
  const holder = holders.get(prisma);
  if (!holder) return territoryStore(prisma)!;
  await refresh(prisma, holder, Date.now());
  return holder.store;
}

async function refresh(prisma: PrismaClient, holder: Holder, now: number): Promise<void> {
  holder.checking = true;
  try {
    const current = await holder.store;
    const { rows } = await poolOf(prisma).query<{ version: number | null }>("SELECT max(id) AS version FROM territory_load");
    if ((rows[0].version ?? 0) !== current.version) {
      const fresh = await readStore(prisma);
      holder.store = Promise.resolve(fresh);
    }
    holder.checkedAt = now;
  } catch {
    // Checked again on a later use.
  } finally {
    holder.checking = false;
  }
}
