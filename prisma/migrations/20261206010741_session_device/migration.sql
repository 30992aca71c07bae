-- AlterTable
ALTER TABLE "session" ADD COLUMN     "device" TEXT,
ADD COLUMN     "public_id" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateIndex
CREATE UNIQUE INDEX "session_public_id_key" ON "session"("public_id");
