export { AuditResolver } from "./audit.resolver.ts";
export { recordAudit, changedFields, type AuditScope } from "./audit.service.ts";
