// GraphQL documents of the session: who is signed in, signing in and out.
// The session itself is an httpOnly cookie the server sets on signIn.
import { gql } from "@urql/svelte";

export type RoleKind = "PLATFORM_ADMIN" | "NETWORK_ANIMATOR" | "ORGANISATION_EDITOR" | "COLLECTIVITE_AGENT";
export type AuditAction = "CREATE" | "UPDATE" | "DELETE";

export interface Account {
  id: string;
  email: string;
  displayName: string;
  roles: {
    kind: RoleKind;
    cotess: { id: string; name: string } | null;
    maison: { id: string; name: string } | null;
    organisation: { id: string; name: string } | null;
  }[];
}

export const AccountFields = gql`
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
`;

export const ViewerQuery = gql<{ viewer: Account | null }, Record<string, never>>`
  query Viewer {
    viewer {
      ...AccountFields
    }
  }
  ${AccountFields}
`;

export const SignInMutation = gql<{ signIn: Account }, { input: { email: string; password: string } }>`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AccountFields
    }
  }
  ${AccountFields}
`;

export const SignOutMutation = gql<{ signOut: boolean }, Record<string, never>>`
  mutation SignOut {
    signOut
  }
`;
