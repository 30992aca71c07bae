// GraphQL documents of the session: who is signed in, signing in and out.
// The session itself is an httpOnly cookie the server sets on signIn (and on
// the mutations of accounts.ts that sign in: an invitation accepted, a
// password chosen through a link).
import { graphql, type Enum, type ResultOf } from "./tada.ts";

export type RoleKind = Enum<"RoleKind">;
export type AuditAction = Enum<"AuditAction">;

/** A role and its scope, named: what a page says of it and where it links. */
export const RoleFields = graphql(`
  fragment RoleFields on Role {
    id
    kind
    cotess {
      id
      name
    }
    maison {
      id
      name
    }
    organisation {
      id
      name
    }
    territory {
      code
      kind
      name
    }
  }
`);

export type AccountRole = ResultOf<typeof RoleFields>;

export const AccountFields = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    roles {
      ...RoleFields
    }
  }
`, [RoleFields]);

export type Account = ResultOf<typeof AccountFields>;

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...AccountFields
    }
  }
`, [AccountFields]);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AccountFields
    }
  }
`, [AccountFields]);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
