// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { IndicatorKind } from "../../generated/prisma/enums.ts";
import type { Source, TerritoryRef } from "../../core/demo.ts";

export interface PolicySeed {
  id: string;
  name: string;
  territory: TerritoryRef;
  collectivite?: string;
  adoptedYear?: number;
  summary?: string;
  priorities: string[];
  axes: { title: string; description?: string }[];
  /** A figure is a quantity; a date it gives is a year, not a figure. */
  figures: { label: string; value?: number; unit?: string; year?: number }[];
  source: Source;
}

export interface IndicatorSeed {
  id: string;
  territory: TerritoryRef;
  kind: IndicatorKind;
  label: string;
  value: number;
  unit: string;
  year?: number;
  producer?: string;
  source: Source;
}
