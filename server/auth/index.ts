export { AccountResolver, RoleResolver } from "./auth.resolver.ts";
