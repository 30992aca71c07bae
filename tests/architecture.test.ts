// The shape of the server, as .dependency-cruiser.cjs states it: no import
// cycle, core/ imports no module, modules do not import the composition root.
import { createRequire } from "node:module";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../", import.meta.url).pathname;

async function cruiseServer(): Promise<ICruiseResult> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
    const tsConfig = extractTSConfig("tsconfig.json");
    const result = await cruise(["server"], options, undefined, { tsConfig });
    return result.output as ICruiseResult;
  } finally {
    process.chdir(previous);
  }
}

describe("the server's architecture", () => {
  it("keeps app/ above the modules above core/, without cycles", async () => {
    const result = await cruiseServer();
    // The whole server was read, not an empty folder.
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    const core = result.modules.find((module) => module.source === "server/core/errors.ts");
    expect(core?.dependents.length).toBeGreaterThan(10);
    const violations = result.summary.violations.map((violation) =>
      `${violation.rule.name}: ${violation.from} → ${violation.to}${violation.cycle ? ` (${violation.cycle.map((step) => step.name).join(" → ")})` : ""}`);
    expect(violations).toEqual([]);
  }, 60_000);
});

// Keeps the config's own syntax honest for editors that load it as CommonJS.
createRequire(import.meta.url)("../.dependency-cruiser.cjs");
