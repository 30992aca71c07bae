// Reading the audit trail of every write (core/audit.ts records it in the
// transaction of each change): by the animators of the network concerned, an
// entry about an event only for those who may read the event.
import type { MaillageModule } from "../core/module.ts";
import { AuditResolver } from "./audit.resolver.ts";

export const auditModule: MaillageModule = {
  name: "audit",
  resolvers: [AuditResolver],
};
