// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
import type { CooperationKind } from "../../generated/prisma/enums.ts";
import type { Source } from "../../core/demo.ts";

export interface CooperationSeed {
  id: string;
  kind: CooperationKind;
  organisations: [string, string];
  collective?: string;
  statement?: string;
  sinceYear?: number;
  untilYear?: number;
  source: Source;
}
