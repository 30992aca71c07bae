// Loads the official French territories from @etalab/decoupage-administratif:
// régions, départements, EPCI à fiscalité propre and communes, with their
// containment.
//
// The load is one transaction that ends by recording itself in
// territory_load: after a crash nothing of it is visible, and the next start
// simply runs it again. A version of the package that was already loaded is
// not loaded twice. Territories that a newer version no longer lists are
// marked retired and reported, never deleted: other records may point at them.
//
// The same load gives each territory its contour's centroid and bounding box
// and writes who shares a border with whom (territory.contours.ts): the
// contour file's digest is part of the loaded version.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pg from "pg";
import type { Logger } from "../core/logger.ts";
import { searchText } from "./territory.search.ts";
import { contourFileVersion, planContours, readCommuneTopology, type TerritoryContour } from "./territory.contours.ts";

const PACKAGE = "@etalab/decoupage-administratif";
// Raised whenever this file reads the source differently: the next start
// then reloads even though the package version is unchanged.
const LOADER_REVISION = 4;
type Kind = "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE";

interface SourceRegion { code: string; nom: string; zone: string }
interface SourceDepartement { code: string; nom: string; region: string; zone: string }
interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  zone: string;
  population?: number;
  codesPostaux?: string[];
  /** Communes déléguées and associées: the current commune they belong to. */
  chefLieu?: string;
  /** Current communes: the codes of the communes they absorbed. */
  anciensCodes?: string[];
}
interface SourceEpci {
  code: string;
  nom: string;
  type: "METRO" | "MET69" | "CU" | "CA" | "CC";
  populationMunicipale: number;
  membres: { code: string }[];
}

const EPCI_NATURE = {
  METRO: "METROPOLE",
  MET69: "METROPOLE_DE_LYON",
  CU: "COMMUNAUTE_URBAINE",
  CA: "COMMUNAUTE_AGGLOMERATION",
  CC: "COMMUNAUTE_COMMUNES",
} as const;

export interface OfficialTerritory {
  kind: Kind;
  code: string;
  name: string;
  population: number;
  epciNature: string | null;
  postalCodes: string[];
  zone: string | null;
  /** Keys ("KIND:code") of every territory that contains this one. */
  within: string[];
  /** Communes only: the codes of former communes now part of this one. */
  absorbed?: string[];
  /** Keys of containing territories that are not the principal one of their kind. */
  secondary?: string[];
}

export interface TerritoryLoadReport {
  skipped: boolean;
  sourceVersion: string;
  counts: Record<Kind, number>;
  /** "KIND:code name" of the territories the source no longer lists. */
  retired: string[];
  /** "KIND:code" of the territories without a contour (shown without a shape). */
  withoutContour: string[];
}

const key = (kind: Kind, code: string) => `${kind}:${code}`;

export async function officialSourceDir(): Promise<string> {
  // The package's index.js reads ./data relative to the working directory,
  // so it cannot be imported: read its JSON files directly.
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** The territories of the official source, in containment order. */
export async function readOfficialTerritories(sourceDir: string): Promise<OfficialTerritory[]> {
  const read = async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(sourceDir, "data", file), "utf8")) as T;
  const [regions, departements, epcis, allCommunes] = await Promise.all([
    read<SourceRegion[]>("regions.json"),
    read<SourceDepartement[]>("departements.json"),
    read<SourceEpci[]>("epci.json"),
    read<SourceCommune[]>("communes.json"),
  ]);
  // Communes déléguées and associées share codes with current communes and
  // belong to them: only current communes are territories of their own.
  const communes = allCommunes.filter((commune) => commune.type === "commune-actuelle");

  // The list also gives each collectivité d'outre-mer (Saint-Pierre-et-Miquelon,
  // Polynésie…) a "région" code; they are not régions, only their département
  // code is kept, as INSEE does for their communes.
  const actualRegions = regions.filter((region) => region.zone !== "com");
  const regionCodes = new Set(actualRegions.map((region) => region.code));
  const departementCodes = new Set(departements.map((departement) => departement.code));
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  // The current commune of each former one. A commune déléguée's chefLieu is
  // today's state and wins over anciensCodes, which is history (60455 is
  // listed by a commune re-established since).
  const ownerOf = new Map<string, string>();
  for (const commune of communes) for (const former of commune.anciensCodes ?? []) ownerOf.set(former, commune.code);
  for (const commune of allCommunes) {
    if (commune.chefLieu && commune.type !== "commune-actuelle" && communeByCode.has(commune.chefLieu)) ownerOf.set(commune.code, commune.chefLieu);
  }
  const absorbed = new Map<string, string[]>();
  for (const [former, owner] of ownerOf) {
    if (former !== owner) absorbed.set(owner, [...(absorbed.get(owner) ?? []), former]);
  }
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);

  const regionPopulation = new Map<string, number>();
  const departementPopulation = new Map<string, number>();
  for (const commune of communes) {
    regionPopulation.set(commune.region, (regionPopulation.get(commune.region) ?? 0) + (commune.population ?? 0));
    departementPopulation.set(commune.departement, (departementPopulation.get(commune.departement) ?? 0) + (commune.population ?? 0));
  }

  const territories: OfficialTerritory[] = [];
  for (const region of actualRegions) {
    territories.push({
      kind: "REGION", code: region.code, name: region.nom, population: regionPopulation.get(region.code) ?? 0,
      epciNature: null, postalCodes: [], zone: region.zone, within: [],
    });
  }
  for (const departement of departements) {
    territories.push({
      kind: "DEPARTEMENT", code: departement.code, name: departement.nom,
      population: departementPopulation.get(departement.code) ?? 0, epciNature: null, postalCodes: [],
      zone: departement.zone,
      within: regionCodes.has(departement.region) ? [key("REGION", departement.region)] : [],
    });
  }
  for (const epci of epcis) {
    // An EPCI lies in every département (and région) of its member communes;
    // the principal one is where most of its inhabitants live.
    const inhabitantsIn = new Map<string, number>();
    for (const member of epci.membres) {
      const commune = communeByCode.get(member.code);
      if (!commune) continue;
      const parents = [
        departementCodes.has(commune.departement) ? key("DEPARTEMENT", commune.departement) : null,
        regionCodes.has(commune.region) ? key("REGION", commune.region) : null,
      ];
      for (const parent of parents) {
        if (parent) inhabitantsIn.set(parent, (inhabitantsIn.get(parent) ?? 0) + (commune.population ?? 0));
      }
    }
    const ranked = [...inhabitantsIn].sort((a, b) => b[1] - a[1]).map(([parent]) => parent);
    const principal = new Set(["DEPARTEMENT:", "REGION:"].map((prefix) => ranked.find((parent) => parent.startsWith(prefix))));
    territories.push({
      kind: "EPCI", code: epci.code, name: epci.nom, population: epci.populationMunicipale,
      epciNature: EPCI_NATURE[epci.type], postalCodes: [], zone: null, within: ranked,
      secondary: ranked.filter((parent) => !principal.has(parent)),
    });
  }
  for (const commune of communes) {
    const within: string[] = [];
    const epci = epciOfCommune.get(commune.code);
    if (epci) within.push(key("EPCI", epci));
    if (departementCodes.has(commune.departement)) within.push(key("DEPARTEMENT", commune.departement));
    if (regionCodes.has(commune.region)) within.push(key("REGION", commune.region));
    territories.push({
      kind: "COMMUNE", code: commune.code, name: commune.nom, population: commune.population ?? 0,
      epciNature: null, postalCodes: commune.codesPostaux ?? [], zone: commune.zone, within,
      absorbed: absorbed.get(commune.code) ?? [],
    });
  }
  return territories;
}

async function sourceVersion(sourceDir: string): Promise<string> {
  const { version } = JSON.parse(await readFile(join(sourceDir, "package.json"), "utf8")) as { version: string };
  return `${version}+loader.${LOADER_REVISION}+contours.${await contourFileVersion()}`;
}

/**
 * Loads the official territories unless this version of the source was
 * already loaded (or `force` is set). Safe to run concurrently: a lock makes
 * the second caller wait and then find the load done.
 */
export async function loadOfficialTerritories(options: {
  databaseUrl: string;
  log: Logger;
  sourceDir?: string;
  force?: boolean;
}): Promise<TerritoryLoadReport> {
  const sourceDir = options.sourceDir ?? (await officialSourceDir());
  const version = await sourceVersion(sourceDir);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Serialises concurrent loaders until this transaction ends.
    await client.query("SELECT pg_advisory_xact_lock(72707370)");
    const { rows: previous } = await client.query<{ counts: Record<Kind, number> }>(
      "SELECT counts FROM territory_load WHERE source_package = $1 AND source_version = $2 ORDER BY id DESC LIMIT 1",
      [PACKAGE, version],
    );
    if (previous[0] && !options.force) {
      await client.query("COMMIT");
      return { skipped: true, sourceVersion: version, counts: previous[0].counts, retired: [], withoutContour: [] };
    }

    const territories = await readOfficialTerritories(sourceDir);
    options.log.info({ source: `${PACKAGE}@${version}`, territories: territories.length }, "loading the official territories");
    const contours = await contourPlanOf(territories);
    if (contours.unmatched.length) {
      // A newer list that no longer says where a 2018 commune went: its outline is missing from today's commune.
      options.log.warn({ unmatched: contours.unmatched }, `${contours.unmatched.length} contours of 2018 match no current commune; their area is left out`);
    }
    const report = await writeTerritories(client, territories, contours);
    await client.query(
      "INSERT INTO territory_load (source_package, source_version, counts, retired) VALUES ($1, $2, $3, $4)",
      [PACKAGE, version, JSON.stringify(report.counts), JSON.stringify(report.retired)],
    );
    await client.query("COMMIT");
    // Fresh statistics now, not when autovacuum gets round to it: until then
    // PostgreSQL plans the nested lists as if the tables were empty.
    await client.query("ANALYZE territory, territory_inclusion, territory_neighbour");
    if (report.withoutContour.length) {
      options.log.info({ withoutContour: report.withoutContour }, `${report.withoutContour.length} territories have no contour; they are shown without a shape`);
    }
    if (report.retired.length) {
      options.log.warn({ retired: report.retired }, `${report.retired.length} territories are no longer in the official list; kept and marked retired`);
    }
    return { skipped: false, sourceVersion: version, ...report };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Each territory's contour, and who shares a border with whom. */
async function contourPlanOf(territories: readonly OfficialTerritory[]) {
  const currentOf = new Map<string, string>();
  for (const territory of territories) for (const code of territory.absorbed ?? []) currentOf.set(code, territory.code);
  return planContours(
    await readCommuneTopology(),
    territories.map((territory) => ({ ...territory, key: key(territory.kind, territory.code) })),
    (code) => currentOf.get(code),
  );
}

async function writeTerritories(client: pg.Client, territories: OfficialTerritory[], contours: Awaited<ReturnType<typeof contourPlanOf>>) {
  const contourOf = (territory: OfficialTerritory): TerritoryContour | undefined => contours.byKey.get(key(territory.kind, territory.code));
  // Upsert every territory in one statement (arrays unnested server-side).
  const { rows: ids } = await client.query<{ id: number; kind: Kind; code: string }>(
    `INSERT INTO territory (kind, code, name, search_text, population, epci_nature, postal_codes, zone,
                            centroid, bounding_box, contour_codes, retired_at, updated_at)
     SELECT t.kind::"TerritoryKind", t.code, t.name, t.search_text, t.population, t.epci_nature::"EpciNature",
            ARRAY(SELECT jsonb_array_elements_text(t.postal_codes)), t.zone,
            ARRAY(SELECT jsonb_array_elements_text(t.centroid)::float8), ARRAY(SELECT jsonb_array_elements_text(t.bounding_box)::float8),
            ARRAY(SELECT jsonb_array_elements_text(t.contour_codes)), NULL, now()
       FROM jsonb_to_recordset($1::jsonb)
         AS t(kind text, code text, name text, search_text text, population int, epci_nature text, postal_codes jsonb, zone text,
              centroid jsonb, bounding_box jsonb, contour_codes jsonb)
     ON CONFLICT (kind, code) DO UPDATE SET
       name = EXCLUDED.name, search_text = EXCLUDED.search_text, population = EXCLUDED.population,
       epci_nature = EXCLUDED.epci_nature, postal_codes = EXCLUDED.postal_codes, zone = EXCLUDED.zone,
       centroid = EXCLUDED.centroid, bounding_box = EXCLUDED.bounding_box, contour_codes = EXCLUDED.contour_codes,
       retired_at = NULL, updated_at = now()
     RETURNING id, kind, code`,
    [
      JSON.stringify(
        territories.map((territory) => ({
          kind: territory.kind,
          code: territory.code,
          name: territory.name,
          search_text: searchText(territory.name),
          population: territory.population,
          epci_nature: territory.epciNature,
          postal_codes: territory.postalCodes,
          zone: territory.zone,
          centroid: contourOf(territory)?.centroid ?? [],
          bounding_box: contourOf(territory)?.boundingBox ?? [],
          contour_codes: contourOf(territory)?.contourCodes ?? [],
        })),
      ),
    ],
  );
  const idOf = new Map(ids.map((row) => [key(row.kind, row.code), row.id]));
  // The foreign-key checks of the 200,000 inclusions and neighbours below are
  // planned from territory's statistics. After a load that died, autovacuum
  // comes for its aborted rows, and if it passes while this load is writing,
  // it counts none of these rows alive but sees their pages: "no rows in
  // 1,000 pages". Each check would then scan the table, and the load take
  // minutes instead of seconds. ANALYZE counts this transaction's own rows,
  // and no vacuum of the table can pass again before the commit.
  await client.query("ANALYZE territory");
  const currentIds = ids.map((row) => row.id);

  // Containment of the listed territories is rewritten as a whole.
  await client.query("DELETE FROM territory_inclusion WHERE descendant_id = ANY($1::int[])", [currentIds]);
  const ancestors: number[] = [];
  const descendants: number[] = [];
  const kinds: Kind[] = [];
  const principal: boolean[] = [];
  for (const territory of territories) {
    const descendant = idOf.get(key(territory.kind, territory.code))!;
    for (const parent of territory.within) {
      ancestors.push(idOf.get(parent)!);
      descendants.push(descendant);
      kinds.push(territory.kind);
      principal.push(!territory.secondary?.includes(parent));
    }
  }
  await client.query(
    `INSERT INTO territory_inclusion (ancestor_id, descendant_id, descendant_kind, principal)
     SELECT * FROM unnest($1::int[], $2::int[], $3::"TerritoryKind"[], $4::boolean[])`,
    [ancestors, descendants, kinds, principal],
  );

  await writeNeighbours(client, contours.neighbours, idOf);

  const { rows: retired } = await client.query<{ kind: Kind; code: string; name: string }>(
    `UPDATE territory SET retired_at = now() WHERE retired_at IS NULL AND NOT (id = ANY($1::int[]))
     RETURNING kind, code, name`,
    [currentIds],
  );
  const counts = { REGION: 0, DEPARTEMENT: 0, EPCI: 0, COMMUNE: 0 } as Record<Kind, number>;
  for (const territory of territories) counts[territory.kind] += 1;
  return { counts, retired: retired.map((row) => `${row.kind}:${row.code} ${row.name}`).sort(), withoutContour: contours.withoutContour };
}

/** Territories sharing a border, both ways, rewritten as a whole. */
async function writeNeighbours(client: pg.Client, pairs: readonly [string, string][], idOf: Map<string, number>) {
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of pairs) {
    const [idA, idB] = [idOf.get(a)!, idOf.get(b)!];
    from.push(idA, idB);
    to.push(idB, idA);
  }
  await client.query("DELETE FROM territory_neighbour");
  await client.query("INSERT INTO territory_neighbour (territory_id, neighbour_id) SELECT * FROM unnest($1::int[], $2::int[])", [from, to]);
}
