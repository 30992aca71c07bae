// The ESS profile of a territory, for collectivités: grouped counts of the
// other modules' records located in it.
import type { MaillageModule } from "../core/module.ts";
import { CommuneCountResolver, EssProfileResolver } from "./ess-profile.resolver.ts";

export const profileModule: MaillageModule = {
  name: "profile",
  resolvers: [EssProfileResolver, CommuneCountResolver],
};
