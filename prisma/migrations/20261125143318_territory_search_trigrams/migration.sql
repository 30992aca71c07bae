-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "territory_search_text_idx" ON "territory" USING GIN ("search_text" gin_trgm_ops);
