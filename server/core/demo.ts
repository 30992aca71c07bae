// What the demo data of a module is made of. Each module keeps reviewed
// source files under its data/ folder, written from the documents the project
// started from, and says how to write them; the composition root loads them
// all in one transaction, in the order of the modules.
import type { Prisma } from "../generated/prisma/client.ts";
import type { TerritoryKind } from "../generated/prisma/enums.ts";

/**
 * The documents of the seed corpus, by the id of their Source record
 * (server/sources/data/sources.ts holds their titles, authors and dates).
 */
export const SOURCES = {
  /** The Maison de l'ESS « Le Toit Commun » in Lens: an unsigned project presentation (000). */
  TOIT_COMMUN: "toit-commun-presentation-projet",
  /** Press articles on the ESS of the MEL and Roubaix, by Patricia Hanssens (001). */
  MEL_ROUBAIX: "articles-ess-metropole-lilloise-hanssens",
  /** Territorial anchoring of the ESS in the bassin minier of the Pas-de-Calais, an academic article (002). */
  ANCRAGE_BASSIN_MINIER: "ancrage-territorial-ess-bassin-minier-62",
  /** The Porte du Hainaut's ESS policy, a Carenews article of 15 April 2024 (003). */
  PORTE_DU_HAINAUT: "carenews-2024-04-15-porte-du-hainaut-ess",
  /** The Pas-de-Calais cooperation referential (the Département, CDESS) (004). */
  REFERENTIEL_COOPERATION_62: "referentiel-cooperation-pas-de-calais",
} as const;
export type Source = (typeof SOURCES)[keyof typeof SOURCES];

/** How a value is known: a document says it (STATED), or it is inferred (INFERRED, with the reason). */
export type CertaintySeed = "STATED" | "INFERRED";

/** A territory of the official map, by level and code (SIREN for an EPCI). */
export interface TerritoryRef {
  kind: TerritoryKind;
  code: string;
}

/** The id of a territory the demo data names (every one is resolved before writing). */
export type TerritoryIdOf = (ref: TerritoryRef) => number;

/** One module's demo data. */
export interface DemoData {
  /** The reviewed records: hashed with the others, so that a change reloads the demo data. */
  records: unknown;
  /** The territories the records name, resolved to ids in one query. */
  territories(): TerritoryRef[];
  /** Upserts the records by their stable ids, in the demo load's transaction; returns counts for the log. */
  write(tx: Prisma.TransactionClient, territory: TerritoryIdOf): Promise<Record<string, number> | void>;
}
