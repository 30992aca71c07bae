-- CreateEnum
CREATE TYPE "MailTopic" AS ENUM ('PROPOSAL_DIGEST', 'EVENT_NOTICES');

-- CreateEnum
CREATE TYPE "EventNoticeKind" AS ENUM ('CHANGE', 'CLASH');

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "proposed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "mail_preference" (
    "account_id" UUID NOT NULL,
    "topic" "MailTopic" NOT NULL,
    "subscribed" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_preference_pkey" PRIMARY KEY ("account_id","topic")
);

-- CreateTable
CREATE TABLE "unsubscribe_token" (
    "token_hash" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "topic" "MailTopic" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unsubscribe_token_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "proposal_digest" (
    "account_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "covered_from" TIMESTAMPTZ(3) NOT NULL,
    "covered_to" TIMESTAMPTZ(3) NOT NULL,
    "event_count" INTEGER NOT NULL,

    CONSTRAINT "proposal_digest_pkey" PRIMARY KEY ("account_id","day")
);

-- CreateTable
CREATE TABLE "event_notice" (
    "id" BIGSERIAL NOT NULL,
    "event_id" TEXT NOT NULL,
    "kind" "EventNoticeKind" NOT NULL,
    "author_id" UUID,
    "author_name" TEXT NOT NULL,
    "organisation_ids" TEXT[],
    "details" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_refusal" (
    "id" BIGSERIAL NOT NULL,
    "mail_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "response_code" INTEGER NOT NULL,
    "response" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_refusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unsubscribe_token_created_at_idx" ON "unsubscribe_token"("created_at");

-- CreateIndex
CREATE INDEX "unsubscribe_token_account_id_idx" ON "unsubscribe_token"("account_id");

-- CreateIndex
CREATE INDEX "proposal_digest_day_idx" ON "proposal_digest"("day");

-- CreateIndex
CREATE INDEX "event_notice_event_id_id_idx" ON "event_notice"("event_id", "id");

-- CreateIndex
CREATE INDEX "mail_refusal_recipient_idx" ON "mail_refusal"("recipient");

-- CreateIndex
CREATE INDEX "event_proposed_at_idx" ON "event"("proposed_at");

-- AddForeignKey
ALTER TABLE "mail_preference" ADD CONSTRAINT "mail_preference_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unsubscribe_token" ADD CONSTRAINT "unsubscribe_token_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_digest" ADD CONSTRAINT "proposal_digest_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_notice" ADD CONSTRAINT "event_notice_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Events already in the moderation queue entered it when their last change
-- to PROPOSED was audited (their creation, or a change of status), else when
-- they were created (demo data).
UPDATE "event" e SET "proposed_at" = COALESCE((
  SELECT max(a."at") FROM "audit_entry" a
   WHERE a."entity_type" = 'Event' AND a."entity_id" = e."id"
     AND (a."changes"->>'status' = 'PROPOSED' OR a."changes"->'status'->>'to' = 'PROPOSED')), e."created_at")
 WHERE e."status" = 'PROPOSED';
