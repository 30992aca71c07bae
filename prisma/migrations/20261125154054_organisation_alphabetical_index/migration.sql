-- CreateIndex
CREATE INDEX "organisation_search_text_id_idx" ON "organisation"("search_text", "id");

-- RenameIndex
ALTER INDEX "organisation_search_text_idx" RENAME TO "organisation_search_text_trgm_idx";
