// The architecture of the server, checked by `npm test` (tests/architecture.test.ts):
// server/app/ (the composition root) → the domain modules → server/core/.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "No import cycle among server files: a module that needs another sits above it.",
      from: { path: "^server/" },
      to: { path: "^server/", pathNot: "^server/generated/", circular: true },
    },
    {
      name: "core-is-a-leaf",
      severity: "error",
      comment: "server/core/ is what every module stands on: it imports no module and not the composition root.",
      from: { path: "^server/core/" },
      to: { path: "^server/", pathNot: ["^server/core/", "^server/generated/"] },
    },
    {
      name: "modules-below-the-root",
      severity: "error",
      comment: "Modules do not import the composition root (server/app/) nor the entry point: app/ lists them, not the reverse.",
      from: { path: "^server/", pathNot: ["^server/app/", "^server/main\\.ts$"] },
      to: { path: ["^server/app/", "^server/main\\.ts$"] },
    },
    {
      name: "tests-stay-out-of-the-server",
      severity: "error",
      comment: "Server code never imports test support.",
      from: { path: "^server/", pathNot: "\\.test\\.ts$" },
      to: { path: "^tests/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^server/generated/"] },
    // Type-only imports count: a cycle of types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
