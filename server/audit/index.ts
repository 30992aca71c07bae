// The audit trail of every write: recorded by each module's services in the
// transaction of the change, read by the animators of the network concerned.
import type { MaillageModule } from "../core/module.ts";
import { AuditResolver } from "./audit.resolver.ts";

export const auditModule: MaillageModule = {
  name: "audit",
  resolvers: [AuditResolver],
};
