// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { CooperationKind } from "../../generated/prisma/enums.ts";
import type { CertaintySeed, Source } from "../../core/demo.ts";

export interface CooperationSeed {
  id: string;
  kind: CooperationKind;
  organisations: [string, string];
  collective?: string;
  statement?: string;
  sinceYear?: number;
  untilYear?: number;
  /** STATED when left out; an inferred tie says why in its statement. */
  certainty?: CertaintySeed;
  source: Source;
}
