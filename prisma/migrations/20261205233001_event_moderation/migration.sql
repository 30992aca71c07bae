-- CreateEnum
CREATE TYPE "ModerationDecision" AS ENUM ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED');

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "moderated_at" TIMESTAMPTZ(3),
ADD COLUMN     "moderated_by_id" UUID,
ADD COLUMN     "moderation_decision" "ModerationDecision",
ADD COLUMN     "moderation_message" TEXT;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;
