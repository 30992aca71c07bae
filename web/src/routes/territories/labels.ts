// How territories are named to a French reader.
import type { EpciNature, TerritoryKind, TerritorySummary } from "../../graphql/territories.ts";

export const KIND_LABEL: Record<TerritoryKind, string> = {
  REGION: "Région",
  DEPARTEMENT: "Département",
  EPCI: "EPCI",
  COMMUNE: "Commune",
};

export const EPCI_NATURE_LABEL: Record<EpciNature, string> = {
  METROPOLE: "Métropole",
  METROPOLE_DE_LYON: "Métropole de Lyon",
  COMMUNAUTE_URBAINE: "Communauté urbaine",
  COMMUNAUTE_AGGLOMERATION: "Communauté d'agglomération",
  COMMUNAUTE_COMMUNES: "Communauté de communes",
};

/** "Communauté d'agglomération" rather than "EPCI": the nature says more. */
export function levelLabel(territory: Pick<TerritorySummary, "kind" | "epciNature">): string {
  if (territory.kind === "EPCI" && territory.epciNature) return EPCI_NATURE_LABEL[territory.epciNature];
  return KIND_LABEL[territory.kind];
}

export const codeLabel = (kind: TerritoryKind) => (kind === "EPCI" ? "SIREN" : "Code INSEE");

const integer = new Intl.NumberFormat("fr-FR");

export const formatNumber = (value: number) => integer.format(value);

/** French counts: 0 and 1 take the singular ("1 commune", "0 habitant"). */
export const formatCount = (value: number, singular: string, plural: string) =>
  `${integer.format(value)} ${value < 2 ? singular : plural}`;

export const formatPopulation = (population: number) => formatCount(population, "habitant", "habitants");
