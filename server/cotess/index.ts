// The comités territoriaux de l'ESS: territories, co-animator seats,
// members, Mois de l'ESS year by year.
import type { MaillageModule } from "../core/module.ts";
import { CoAnimatorSeatResolver, CotessMemberResolver, CotessResolver, CotessSourceResolver, MoisEssParticipationResolver } from "./cotess.resolver.ts";
import { createCotessLoaders } from "./cotess.loaders.ts";
import { cotessDemo } from "./cotess.demo.ts";

export const cotessModule: MaillageModule = {
  name: "cotess",
  resolvers: [CotessResolver, CoAnimatorSeatResolver, CotessMemberResolver, MoisEssParticipationResolver, CotessSourceResolver],
  loaders: { cotess: createCotessLoaders },
  demo: cotessDemo,
};
