-- DropIndex
DROP INDEX "organisation_location_id_idx";

-- CreateIndex
CREATE INDEX "organisation_location_id_pending_validation_search_text_id_idx" ON "organisation"("location_id", "pending_validation", "search_text", "id");
