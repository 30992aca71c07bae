-- CreateIndex
CREATE INDEX "organisation_pending_validation_idx" ON "organisation"("pending_validation");
