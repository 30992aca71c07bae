// GraphQL documents of accounts: one's own account (password, sessions,
// deactivation), the links sent by e-mail (an invitation, a password to
// choose), and the administration of people, their roles and invitations.
// The mutations that sign in answer the account as the session knows it
// (AccountFields), for session.svelte.ts to adopt it.
import { graphql, type Enum, type ResultOf, type VariablesOf } from "./tada.ts";
import { AccountFields, RoleFields } from "./session.ts";

export type InvitationState = Enum<"InvitationState">;

// ─── One's own account ──────────────────────────────────────────────────────

export const MyAccountQuery = graphql(`
  query MyAccount {
    viewer {
      ...AccountFields
      sessions {
        id
        device
        createdAt
        lastSeenAt
        current
      }
    }
  }
`, [AccountFields]);

export type AccountSession = NonNullable<ResultOf<typeof MyAccountQuery>["viewer"]>["sessions"][number];

export type MailTopic = Enum<"MailTopic">;

export const MailPreferencesQuery = graphql(`
  query MailPreferences {
    viewer {
      id
      mailPreferences {
        topic
        subscribed
      }
    }
  }
`);

export const SetMailPreferencesMutation = graphql(`
  mutation SetMailPreferences($preferences: [MailPreferenceInput!]!) {
    setMailPreferences(preferences: $preferences) {
      topic
      subscribed
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const CloseSessionMutation = graphql(`
  mutation CloseSession($id: ID!) {
    closeSession(id: $id)
  }
`);

export const DeactivateAccountMutation = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateAccount(id: $id)
  }
`);

// ─── Links sent by e-mail ───────────────────────────────────────────────────

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token)
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      role
      scopeName
      invitedBy
      expiresAt
      accountExists
    }
  }
`);

export type InvitationPreview = ResultOf<typeof InvitationPreviewQuery>["invitationPreview"];

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AccountFields
    }
  }
`, [AccountFields]);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...AccountFields
    }
  }
`, [AccountFields]);

// ─── Administration ─────────────────────────────────────────────────────────

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    state
    invitedBy
    sentAt
    expiresAt
    role {
      ...RoleFields
    }
  }
`, [RoleFields]);

export type Invitation = ResultOf<typeof InvitationFields>;

export const AdministrationQuery = graphql(`
  query Administration {
    people {
      id
      displayName
      email
      active
      lastSeenAt
      roles {
        ...RoleFields
      }
    }
    invitations {
      ...InvitationFields
    }
  }
`, [RoleFields, InvitationFields]);

export type ManagedPerson = ResultOf<typeof AdministrationQuery>["people"][number];

/** The networks an admin may give the animation of (an animator gives its own). */
export const NetworkOptionsQuery = graphql(`
  query NetworkOptions {
    cotessList {
      id
      name
    }
    maisons {
      id
      name
    }
  }
`);

/** The territory a code names, said under the field of an agent's invitation. */
export const TerritoryByCodeQuery = graphql(`
  query TerritoryByCode($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      code
      kind
      name
    }
  }
`);

export const InviteMutation = graphql(`
  mutation Invite($input: InvitationInput!) {
    invite(input: $input) {
      ...InvitationFields
    }
  }
`, [InvitationFields]);

/** A role and its scope as an invitation names them (ids of a network or an organisation, a territory's code). */
export type RoleScopeInput = VariablesOf<typeof InviteMutation>["input"]["scope"];

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`, [InvitationFields]);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      state
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...RoleFields
    }
  }
`, [RoleFields]);
