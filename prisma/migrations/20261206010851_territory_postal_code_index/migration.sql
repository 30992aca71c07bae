-- CreateIndex
CREATE INDEX "territory_postal_codes_idx" ON "territory" USING GIN ("postal_codes");
