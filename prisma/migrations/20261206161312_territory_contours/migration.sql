-- AlterTable
ALTER TABLE "territory" ADD COLUMN     "bounding_box" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
ADD COLUMN     "centroid" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
ADD COLUMN     "contour_codes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "territory_neighbour_neighbour_id_idx" ON "territory_neighbour"("neighbour_id");
