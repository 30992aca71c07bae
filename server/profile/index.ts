export { EssProfileResolver } from "./ess-profile.resolver.ts";
