// The domain modules of Maillage, each a folder under server/ exporting one
// registration (core/module.ts). Adding a module is one line here. The order
// is the order their demo data loads in: a module's records may refer to
// those of the modules above it.
// Decorator metadata must exist before any resolver class is declared.
import "reflect-metadata";
import type { MaillageModule } from "../core/module.ts";
import { territoriesModule } from "../territories/index.ts";
import { sourcesModule } from "../sources/index.ts";
import { auditModule } from "../audit/index.ts";
import { actorsModule } from "../actors/index.ts";
import { collectivesModule } from "../collectives/index.ts";
import { cotessModule } from "../cotess/index.ts";
import { maisonsModule } from "../maisons/index.ts";
import { policiesModule } from "../policies/index.ts";
import { profileModule } from "../profile/index.ts";
import { eventsModule } from "../events/index.ts";
import { graphModule } from "../graph/index.ts";
import { authModule } from "../auth/index.ts";
import { importsModule } from "../imports/index.ts";

export const modules: readonly MaillageModule[] = [
  territoriesModule,
  sourcesModule,
  actorsModule,
  collectivesModule,
  cotessModule,
  maisonsModule,
  policiesModule,
  profileModule,
  eventsModule,
  auditModule,
  graphModule,
  authModule,
  importsModule,
];
