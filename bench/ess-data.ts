// A national-size synthetic ESS data set for the bench, generated in its own
// database after the official territories (and before the API starts, which
// then adds the demo data on top):
//
// - organisations spread over the current communes in proportion to their
//   population, with plausible legal forms (the family derived as the server
//   derives it), 1 to 3 sectors, a headcount for ~60 % of them;
// - collectives of 3 to 15 members drawn from one département, half of them
//   with a referential card covering their members' EPCI;
// - stated cooperations between two organisations of one département: with
//   the pairs of members of each collective (~860,000), the national
//   cooperation graph has about a million edges, the size its downloads are
//   measured at (bench/graph-export.ts).
//
// Every id starts with "bench-" (no collision with the demo data) and every
// record cites the source 'bench' (a row of table source, added first). The generation is deterministic: a seeded PRNG,
// communes in code order. Names and search_text are built in JS with the
// server's own searchText(), then written in bulk (unnest of arrays, 10,000
// rows per statement).
import pg from "pg";
import { familyOf } from "../server/actors/legal-form.ts";
import { searchText } from "../server/territories/territory.search.ts";
import type {
  CollectiveKind, CollectiveStructure, CooperationKind, LegalForm, MembershipRole, Sector,
} from "../server/generated/prisma/enums.ts";

export interface EssDataSettings {
  organisations: number;
  collectives: number;
  /** Stated cooperations (table cooperation). */
  cooperations: number;
  seed: number;
}

export interface EssDataReport {
  organisations: number;
  collectives: number;
  memberships: number;
  cooperations: number;
  cards: number;
  coverage: number;
  seconds: number;
  /** Seconds per step, for whoever wants to make it faster. */
  phases: Record<string, number>;
}

const BATCH = 10_000;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weighted choice: cumulative weights, then a binary search. */
export function chooser<T>(entries: readonly (readonly [T, number])[]): (random: number) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, weight] of entries) cumulative.push((sum += weight));
  return (random) => {
    const target = random * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return values[low];
  };
}

// Shares in per cent: associations ~75 %, coopératives ~8 %, mutuelles ~3 %,
// fondations ~2 %, ESUS ~2 %, hors ESS the rest (~10 %).
const LEGAL_FORMS: readonly (readonly [LegalForm, number, string])[] = [
  ["ASSOCIATION", 73, "Association"],
  ["GROUPEMENT_EMPLOYEURS", 2, "Groupement d'employeurs"],
  ["COOPERATIVE", 4, "Coopérative"],
  ["SCOP", 2.5, "SCOP"],
  ["SCIC", 1.5, "SCIC"],
  ["MUTUELLE", 3, "Mutuelle"],
  ["FONDATION", 2, "Fondation"],
  ["ENTREPRISE_ESUS", 2, "Entreprise solidaire"],
  ["ENTREPRISE_CLASSIQUE", 4, "SARL"],
  ["COLLECTIVITE", 2, "Commune"],
  ["ETABLISSEMENT_PUBLIC", 1.5, "Établissement public"],
  ["SCI", 1, "SCI"],
  ["GIE", 0.5, "GIE"],
  ["AUTRE", 1, "Structure"],
];
const LEGAL_FORM_LABEL = new Map(LEGAL_FORMS.map(([form, , label]) => [form, label]));

// Associations are mostly social, cultural and sporting; the weights make
// bySector a real ranking rather than 22 near-equal counts.
export const SECTORS: readonly (readonly [Sector, number])[] = [
  ["ACTION_SOCIALE", 14], ["SPORT_LOISIRS", 13], ["CULTURE", 12], ["EDUCATION_FORMATION", 8],
  ["SERVICES_A_LA_PERSONNE", 7], ["SANTE", 6], ["PETITE_ENFANCE_JEUNESSE", 6], ["INSERTION_EMPLOI", 5],
  ["ENVIRONNEMENT_REEMPLOI", 4], ["ALIMENTATION_AGRICULTURE", 4], ["ACCOMPAGNEMENT_CONSEIL", 3],
  ["RESEAU_REPRESENTATION", 3], ["COMMERCE_PROXIMITE", 2.5], ["ENERGIE_HABITAT", 2], ["FINANCE_SOLIDAIRE", 1.5],
  ["RESTAURATION", 1.5], ["MOBILITE", 1.2], ["NUMERIQUE", 1.2], ["IMMOBILIER_LIEUX", 1], ["RECHERCHE", 0.8],
  ["ACTION_PUBLIQUE", 0.8], ["AUTRE", 2],
];

const KINDS: readonly (readonly [CollectiveKind, number, string])[] = [
  ["MUTUALISATION", 30, "Mutualisation"],
  ["PARTENARIAT_DE_PROJETS", 30, "Partenariat"],
  ["COLLECTIF_ACTEURS_ESS", 25, "Collectif ESS"],
  ["REGROUPEMENT_MULTI_ACTEURS", 15, "Regroupement"],
];
const KIND_LABEL = new Map(KINDS.map(([kind, , label]) => [kind, label]));

// Stated cooperations: mostly declared partnerships, the rest of the
// referential's kinds.
const COOPERATION_KINDS: readonly (readonly [CooperationKind, number])[] = [
  ["PARTENARIAT_DECLARE", 40], ["MUTUALISATION", 20], ["PARTENARIAT_DE_PROJETS", 20],
  ["COLLECTIF_ACTEURS_ESS", 10], ["REGROUPEMENT_MULTI_ACTEURS", 10],
];

const STRUCTURES: readonly (readonly [CollectiveStructure, number])[] = [
  ["AUCUNE", 50], ["ASSOCIATION", 20], ["CONVENTION", 15], ["SCIC", 5], ["GIE", 4], ["SCOP", 2], ["AUTRE", 4],
];

interface Commune {
  id: number;
  name: string;
  population: number;
  departement: string | null;
  epci: number | null;
}

/** Up to `count` distinct values drawn with `pick` (fewer when the draws keep repeating). */
export function distinct<T>(random: () => number, pick: (random: number) => T, count: number, attempts = count * 8): T[] {
  const chosen = new Set<T>();
  for (let attempt = 0; chosen.size < count && attempt < attempts; attempt += 1) chosen.add(pick(random()));
  return [...chosen];
}

export const pgArray = (values: readonly string[]) => `{${values.join(",")}}`;

async function insertInBatches(client: pg.Client, rows: number, sql: string, columns: readonly unknown[][]): Promise<void> {
  for (let start = 0; start < rows; start += BATCH) {
    await client.query(sql, columns.map((column) => column.slice(start, start + BATCH)));
  }
}

export async function generateEssData(databaseUrl: string, settings: EssDataSettings): Promise<EssDataReport> {
  const started = process.hrtime.bigint();
  const phases: Record<string, number> = {};
  let lap = started;
  const phase = (name: string) => {
    const now = process.hrtime.bigint();
    phases[name] = Number(now - lap) / 1e9;
    lap = now;
  };
  const random = prng(settings.seed);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Each commune with its principal département and EPCI (first by name, as the API picks them).
    const { rows: communes } = await client.query<Commune>(`
      SELECT c.id, c.name, c.population,
             (SELECT p.code FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id
               WHERE i.descendant_id = c.id AND i.principal AND p.kind = 'DEPARTEMENT' ORDER BY p.name LIMIT 1) AS departement,
             (SELECT p.id FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id
               WHERE i.descendant_id = c.id AND i.principal AND p.kind = 'EPCI' ORDER BY p.name LIMIT 1) AS epci
        FROM territory c
       WHERE c.kind = 'COMMUNE' AND c.retired_at IS NULL AND c.population > 0
       ORDER BY c.code`);
    if (!communes.length) throw new Error("No commune with a population: load the official territories first.");

    // Secondary indexes (the trigram index above all) cost more maintained
    // row by row than built once at the end: dropped here, rebuilt below from
    // their own definitions. Primary keys, unique indexes and foreign keys stay.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = ANY($1::text[]) AND indexdef NOT LIKE 'CREATE UNIQUE %'`,
      [["organisation", "collective", "collective_membership", "card_coverage", "referential_card", "cooperation"]],
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);

    const pickCommune = chooser(communes.map((commune, index) => [index, commune.population] as const));
    const pickLegalForm = chooser(LEGAL_FORMS.map(([form, weight]) => [form, weight] as const));
    const pickSector = chooser(SECTORS);
    const pickKind = chooser(KINDS.map(([kind, weight]) => [kind, weight] as const));
    const pickStructure = chooser(STRUCTURES);

    // --- Organisations.
    const n = settings.organisations;
    const ids: string[] = [], names: string[] = [], forms: string[] = [], families: string[] = [], sectors: string[] = [];
    const communeIds: number[] = [], headcounts: (number | null)[] = [], headcountYears: (number | null)[] = [], texts: string[] = [];
    const communeOf: number[] = []; // commune index per organisation
    const byDepartement = new Map<string, number[]>();
    for (let index = 0; index < n; index += 1) {
      const communeIndex = pickCommune(random());
      const commune = communes[communeIndex];
      const legalForm = pickLegalForm(random());
      const name = `${LEGAL_FORM_LABEL.get(legalForm)} ${commune.name} ${index + 1}`;
      ids.push(`bench-org-${index + 1}`);
      names.push(name);
      forms.push(legalForm);
      families.push(familyOf(legalForm));
      sectors.push(pgArray(distinct(random, pickSector, 1 + Math.floor(random() * 3))));
      communeIds.push(commune.id);
      // ~60 % known; log-uniform from 0 to 119 jobs (mean ~24).
      const known = random() < 0.6;
      const jobs = Math.floor(Math.exp(random() * Math.log(120))) - 1;
      headcounts.push(known ? jobs : null);
      headcountYears.push(known ? 2023 : null);
      texts.push(searchText(name));
      communeOf.push(communeIndex);
      if (commune.departement) {
        const list = byDepartement.get(commune.departement);
        if (list) list.push(index);
        else byDepartement.set(commune.departement, [index]);
      }
    }
    phase("organisations built");
    await client.query(
      `INSERT INTO source (id, title, date_label, year, kind, description)
       VALUES ('bench', 'Jeu de données synthétique du bench', '2026', 2026, 'OTHER',
               'Organisations, collectifs et coopérations générés au hasard (graine fixe) pour mesurer Maillage à l''échelle nationale.')
       ON CONFLICT (id) DO NOTHING`,
    );
    await insertInBatches(
      client, n,
      `INSERT INTO organisation (id, name, legal_form, legal_form_certainty, family, sectors, commune_id, location_id, headcount, headcount_year,
                                 source_id, search_text, updated_at)
       SELECT id, name, legal_form::"LegalForm", 'STATED', family::"EssFamily", sectors::"Sector"[], commune_id, commune_id, headcount, headcount_year,
              'bench', search_text, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[])
           AS t(id, name, legal_form, family, sectors, commune_id, headcount, headcount_year, search_text)`,
      [ids, names, forms, families, sectors, communeIds, headcounts, headcountYears, texts],
    );

    phase("organisations inserted");

    // --- Collectives, their members (one département each) and half of them a card.
    const c = settings.collectives;
    const colIds: string[] = [], colNames: string[] = [], colKinds: string[] = [], colSectors: string[] = [];
    const colStructures: string[] = [], colStartYears: (number | null)[] = [], colCards: (string | null)[] = [], colTexts: string[] = [];
    const memberCollective: string[] = [], memberOrganisation: string[] = [], memberRole: string[] = [], memberSince: (number | null)[] = [];
    const cardIds: string[] = [], coverageCard: string[] = [], coverageTerritory: number[] = [];
    for (let index = 0; index < c; index += 1) {
      // The anchor: a random organisation, so that collectives follow the organisations.
      const anchor = Math.floor(random() * n);
      const departement = communes[communeOf[anchor]].departement;
      const pool = departement ? byDepartement.get(departement)! : [anchor];
      const size = Math.min(pool.length, 3 + Math.floor(random() * 13));
      const members = [anchor, ...distinct(random, (r) => pool[Math.floor(r * pool.length)], size + 4)]
        .filter((member, position, all) => all.indexOf(member) === position)
        .slice(0, size);
      const id = `bench-col-${index + 1}`;
      const kind = pickKind(random());
      const name = `${KIND_LABEL.get(kind)} ${communes[communeOf[anchor]].name} ${index + 1}`;
      const card = index % 2 === 0 ? `bench-card-${index + 1}` : null;
      colIds.push(id);
      colNames.push(name);
      colKinds.push(kind);
      colSectors.push(pgArray(distinct(random, pickSector, 1 + Math.floor(random() * 2))));
      colStructures.push(pickStructure(random()));
      colStartYears.push(random() < 0.7 ? 2005 + Math.floor(random() * 20) : null);
      colCards.push(card);
      colTexts.push(searchText(name));
      members.forEach((member, position) => {
        const role: MembershipRole =
          position === 0 ? "ANIMATEUR" : position === 1 && random() < 0.3 ? "STRUCTURE_APPUI" : random() < 0.05 ? "PARTENAIRE_FINANCEUR" : "MEMBRE";
        memberCollective.push(id);
        memberOrganisation.push(ids[member]);
        memberRole.push(role);
        memberSince.push(random() < 0.5 ? 2010 + Math.floor(random() * 15) : null);
      });
      if (card) {
        cardIds.push(card);
        const epcis = new Set(members.map((member) => communes[communeOf[member]].epci).filter((epci): epci is number => epci !== null));
        for (const epci of [...epcis].sort((a, b) => a - b)) {
          coverageCard.push(card);
          coverageTerritory.push(epci);
        }
      }
    }
    phase("collectives built");
    await insertInBatches(
      client, cardIds.length,
      `INSERT INTO referential_card (id, coverage_label, source_id) SELECT id, 'EPCI des membres', 'bench' FROM unnest($1::text[]) AS t(id)`,
      [cardIds],
    );
    await insertInBatches(
      client, c,
      `INSERT INTO collective (id, name, kind, sectors, structure, structure_certainty, start_year, card_id, source_id, search_text, updated_at)
       SELECT id, name, kind::"CollectiveKind", sectors::"Sector"[], structure::"CollectiveStructure", 'STATED', start_year, card_id, 'bench', search_text, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
           AS t(id, name, kind, sectors, structure, start_year, card_id, search_text)`,
      [colIds, colNames, colKinds, colSectors, colStructures, colStartYears, colCards, colTexts],
    );
    await insertInBatches(
      client, memberCollective.length,
      `INSERT INTO collective_membership (collective_id, organisation_id, role, since_year, source_id)
       SELECT collective_id, organisation_id, role::"MembershipRole", since_year, 'bench'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS t(collective_id, organisation_id, role, since_year)`,
      [memberCollective, memberOrganisation, memberRole, memberSince],
    );
    await insertInBatches(
      client, coverageCard.length,
      `INSERT INTO card_coverage (card_id, territory_id) SELECT * FROM unnest($1::text[], $2::int[])`,
      [coverageCard, coverageTerritory],
    );
    phase("collectives inserted");

    // --- Stated cooperations, drawn after everything above so that the
    // organisations and collectives stay the same whatever their number.
    const pickCooperationKind = chooser(COOPERATION_KINDS);
    const coopIds: string[] = [], coopKinds: string[] = [], coopA: string[] = [], coopB: string[] = [];
    const coopSince: (number | null)[] = [], coopUntil: (number | null)[] = [];
    for (let index = 0; index < settings.cooperations; index += 1) {
      const a = Math.floor(random() * n);
      const departement = communes[communeOf[a]].departement;
      const pool = departement ? byDepartement.get(departement)! : [a];
      const b = pool[Math.floor(random() * pool.length)];
      if (b === a) continue; // an organisation alone in its département, or drawn twice
      const since = random() < 0.5 ? 2005 + Math.floor(random() * 20) : null;
      coopIds.push(`bench-coop-${index + 1}`);
      coopKinds.push(pickCooperationKind(random()));
      coopA.push(ids[a]);
      coopB.push(ids[b]);
      coopSince.push(since);
      coopUntil.push(since !== null && random() < 0.2 ? since + 1 + Math.floor(random() * 5) : null);
    }
    phase("cooperations built");
    await insertInBatches(
      client, coopIds.length,
      `INSERT INTO cooperation (id, kind, organisation_a_id, organisation_b_id, statement, since_year, until_year, source_id)
       SELECT id, kind::"CooperationKind", a, b, 'Partenariat déclaré (bench)', since_year, until_year, 'bench'
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[]) AS t(id, kind, a, b, since_year, until_year)`,
      [coopIds, coopKinds, coopA, coopB, coopSince, coopUntil],
    );
    phase("cooperations inserted");
    for (const index of indexes) await client.query(index.definition);
    phase("indexes rebuilt");
    return {
      organisations: n,
      collectives: c,
      memberships: memberCollective.length,
      cooperations: coopIds.length,
      cards: cardIds.length,
      coverage: coverageCard.length,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      phases,
    };
  } finally {
    await client.end();
  }
}
