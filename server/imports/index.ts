// Imports: events into an edition from iCalendar, OpenAgenda or CSV, and
// organisations from CSV, read by a job into a preview that an animator
// confirms; daily re-imports of feeds; the CSV templates.
import type { MaillageModule } from "../core/module.ts";
import { DataImportResolver, ImportPreviewRowResolver } from "./import.resolver.ts";
import { importTemplateRoutes } from "./import.templates.ts";
import { importTasks } from "./import.jobs.ts";

export const importsModule: MaillageModule = {
  name: "imports",
  resolvers: [DataImportResolver, ImportPreviewRowResolver],
  routes: importTemplateRoutes,
  tasks: (dependencies) => importTasks(dependencies.prisma, dependencies.log),
};
