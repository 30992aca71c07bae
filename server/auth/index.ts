// Accounts, argon2id passwords, sessions in PostgreSQL, signing in and out.
import type { MaillageModule } from "../core/module.ts";
import { AccountResolver, RoleResolver } from "./auth.resolver.ts";
import { accountDemo } from "./account.demo.ts";

export { sessionCookie, sessionTokenOf, tokenHash, viewerOfToken } from "./auth.session.ts";

export const authModule: MaillageModule = {
  name: "auth",
  resolvers: [AccountResolver, RoleResolver],
  demo: accountDemo,
};
