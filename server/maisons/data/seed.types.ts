// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from; where the
// documents are silent, the field is left out.
import type { MaisonRoleKind, SpaceKind } from "../../generated/prisma/enums.ts";
import type { Source } from "../../core/demo.ts";

export interface MaisonSeed {
  id: string;
  name: string;
  address?: string;
  commune: string;
  description?: string;
  recognition?: string;
  roles: { organisation: string; role: MaisonRoleKind; sinceYear?: number; untilYear?: number; note?: string }[];
  spaces: { id: string; kind: SpaceKind; name: string; description?: string; operator?: string }[];
  phases: { id: string; label: string; period?: string; surfaceM2?: number; description?: string }[];
  charter?: {
    id: string;
    title: string;
    values: { title: string; description?: string }[];
    /** signedOn as YYYY-MM-DD when the documents give it. */
    signatures: { organisation: string; signedOn?: string }[];
  };
  source: Source;
}

export interface ShareholdingSeed {
  company: string;
  holder: string;
  category?: string;
  sinceYear?: number;
  source: Source;
}
