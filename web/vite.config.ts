// Builds the Svelte app into web/dist, which the Express server serves.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // The whole build configuration lives here; no svelte.config.js to look for.
  plugins: [svelte({ configFile: false })],
  build: { outDir: "dist", emptyOutDir: true },
  // `vite --config web/vite.config.ts` beside `npm start` (port 4000).
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
