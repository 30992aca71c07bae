import { defineConfig } from "prisma/config";

// The URL is only read by the Prisma CLI (migrate/studio); at run time the
// server connects through the pg driver adapter (server/core/database.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:54320/maillage" },
});
