// Who is asking: the account behind the session cookie, with its scoped roles.
import type { RoleKind } from "../generated/prisma/enums.ts";

export interface RoleScope {
  /** The grant's id, for a role an account holds (absent for a role asked for). */
  grantId?: number;
  role: RoleKind;
  cotessId: string | null;
  maisonId: string | null;
  organisationId: string | null;
  territoryId: number | null;
}

export interface Viewer {
  accountId: string;
  email: string;
  displayName: string;
  /** SHA-256 of the session token (the session row's id). */
  sessionId: string;
  roles: RoleScope[];
}

/** The network that runs an edition: exactly one of the three is set. */
export interface NetworkRef {
  cotessId: string | null;
  maisonId: string | null;
  networkOrganisationId: string | null;
}
