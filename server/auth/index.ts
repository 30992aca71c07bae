// Accounts, argon2id passwords, sessions in PostgreSQL, signing in and out;
// invitations, password links, roles given within a network; the topics of
// e-mail an account receives, and unsubscribing from them.
import type { MaillageModule } from "../core/module.ts";
import { AccountResolver, RoleResolver } from "./auth.resolver.ts";
import { AccountManagementResolver } from "./account.resolver.ts";
import { MailPreferenceResolver } from "./mail-preference.resolver.ts";
import { unsubscribeRoutes } from "./mail-preference.service.ts";
import { accountDemo } from "./account.demo.ts";
import { purgeAuth } from "./auth.purge.ts";

export { sessionCookie, sessionTokenOf, tokenHash, viewerOfToken } from "./auth.session.ts";
export { disableDemoAccounts } from "./account.demo.ts";

export const authModule: MaillageModule = {
  name: "auth",
  resolvers: [AccountResolver, AccountManagementResolver, RoleResolver, MailPreferenceResolver],
  routes: unsubscribeRoutes,
  demo: accountDemo,
  purge: purgeAuth,
};
