// Reads the official list directly, independently of the loader under test,
// so that expectations come from the source rather than from our own code.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface SourceEpci { code: string; nom: string; type: string; membres: { code: string; nom: string }[] }
export interface SourceCommune { code: string; nom: string; type: string; departement: string; region: string; population?: number }

export const sourceEpcis = (): SourceEpci[] => require("@etalab/decoupage-administratif/data/epci.json");
export const sourceCommunes = (): SourceCommune[] =>
  (require("@etalab/decoupage-administratif/data/communes.json") as SourceCommune[]).filter((c) => c.type === "commune-actuelle");
