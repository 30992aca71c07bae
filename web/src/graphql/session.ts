// GraphQL documents of the session: who is signed in, signing in and out.
// The session itself is an httpOnly cookie the server sets on signIn.
import { graphql, type Enum, type ResultOf } from "./tada.ts";

export type RoleKind = Enum<"RoleKind">;
export type AuditAction = Enum<"AuditAction">;

export const AccountFields = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    roles {
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
    }
  }
`);

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
