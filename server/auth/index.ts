// Accounts, argon2id passwords, sessions in PostgreSQL, signing in and out;
// invitations, password links, roles given within a network.
import type { MaillageModule } from "../core/module.ts";
import { AccountResolver, RoleResolver } from "./auth.resolver.ts";
import { AccountManagementResolver } from "./account.resolver.ts";
import { accountDemo } from "./account.demo.ts";

export { sessionCookie, sessionTokenOf, tokenHash, viewerOfToken } from "./auth.session.ts";
export { disableDemoAccounts } from "./account.demo.ts";

export const authModule: MaillageModule = {
  name: "auth",
  resolvers: [AccountResolver, AccountManagementResolver, RoleResolver],
  demo: accountDemo,
};
