import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

const require = createRequire(import.meta.url);

export default defineConfig({
  // The web app's unit tests import modules that import its components.
  plugins: [svelte({ configFile: false })],
  resolve: {
    // One graphql module for type-graphql, Apollo and the tests: two copies
    // break the schema ("from another module or realm").
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["server/**/*.test.ts", "tests/**/*.test.ts", "web/src/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // Every test file talks to the one PostgreSQL started by the global setup.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
