// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { MaisonRoleKind, SpaceKind } from "../../generated/prisma/enums.ts";
import type { CertaintySeed, Source } from "../../core/demo.ts";

export interface MaisonSeed {
  id: string;
  name: string;
  address?: string;
  commune: string;
  description?: string;
  recognition?: string;
  roles: { organisation: string; role: MaisonRoleKind; sinceYear?: number; untilYear?: number; note?: string; source?: Source }[];
  /** What it says of itself, quoted from a document. */
  statements?: { text: string; source: Source }[];
  spaces: { id: string; kind: SpaceKind; name: string; description?: string; operator?: string }[];
  phases: { id: string; label: string; period?: string; surfaceM2?: number; description?: string }[];
  charter?: {
    id: string;
    title: string;
    values: { title: string; description?: string }[];
    /** signedOn as YYYY-MM-DD when the documents give it. */
    signatures: { organisation: string; signedOn?: string; certainty: CertaintySeed; basis?: string; source?: Source }[];
  };
  source: Source;
}

export interface ShareholdingSeed {
  /** Stable id: "<company>/<holder>", or "<company>/<kebab-case label>" for an unnamed holder. */
  id: string;
  company: string;
  /** The holding organisation, when the document names it. */
  holder?: string;
  /** The holder as the document describes it, when it names none ("4 Clubs Cigale"). */
  holderLabel?: string;
  category?: string;
  sinceYear?: number;
  certainty: CertaintySeed;
  /** The quote, or the reason it is inferred (required for INFERRED). */
  basis?: string;
  source: Source;
}
