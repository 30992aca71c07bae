// The shape of this module's demo data: reviewed source files beside this one,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. A value
// no document gives is left out — unknown, never guessed; a value inferred
// rather than stated says so, with the reason.
import type { RoleKind } from "../../generated/prisma/enums.ts";
import type { TerritoryRef } from "../../core/demo.ts";

/** A demo account: listed in the README, for trying each role. */
export interface AccountSeed {
  email: string;
  displayName: string;
  roles: (
    | { role: Extract<RoleKind, "PLATFORM_ADMIN"> }
    | { role: Extract<RoleKind, "NETWORK_ANIMATOR">; cotess?: string; maison?: string; organisation?: string }
    | { role: Extract<RoleKind, "ORGANISATION_EDITOR">; organisation: string }
    | { role: Extract<RoleKind, "COLLECTIVITE_AGENT">; territory: TerritoryRef }
  )[];
}
