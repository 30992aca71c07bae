// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
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
  figures: { label: string; value?: number; unit?: string }[];
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
