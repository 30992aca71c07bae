// What the demo data of a module is made of. Each module keeps reviewed
// source files under its data/ folder, written from the documents the project
// started from, and says how to write them; the composition root loads them
// all in one transaction, in the order of the modules.
import type { Prisma } from "../generated/prisma/client.ts";
import type { TerritoryKind } from "../generated/prisma/enums.ts";

/** The documents of the seed corpus. */
export const SOURCES = {
  /** The bassin minier COTESS and the Maison de l'ESS "Le Toit Commun" in Lens. */
  TOIT_COMMUN: "seeds/000_4d9a6c896458d75e.txt",
  /** Intercommunal and communal ESS policies of the MEL and Roubaix, actors of the métropole lilloise. */
  MEL_ROUBAIX: "seeds/001_186e25baf0706ded.txt",
  /** Territorial anchoring of the ESS in the bassin minier (chairESS, Le Toit Commun). */
  ANCRAGE_BASSIN_MINIER: "seeds/002_e3b6c753d03fc831.txt",
  /** The Porte du Hainaut's projet de territoire. */
  PORTE_DU_HAINAUT: "seeds/003_bda52d0ccde73bdb.txt",
  /** The Pas-de-Calais cooperation referential (CDESS). */
  REFERENTIEL_COOPERATION_62: "seeds/004_04ef18b4adca1241.txt",
} as const;
export type Source = (typeof SOURCES)[keyof typeof SOURCES];

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
