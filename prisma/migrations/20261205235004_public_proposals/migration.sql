-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "pending_validation" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN     "actor_label" TEXT,
ALTER COLUMN "account_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "public_proposal" (
    "id" TEXT NOT NULL,
    "edition_id" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "description" TEXT,
    "session_start" TEXT NOT NULL,
    "session_end" TEXT NOT NULL,
    "venue_address" TEXT NOT NULL,
    "venue_commune" TEXT NOT NULL,
    "organisation_id" TEXT,
    "new_organisation_name" TEXT,
    "new_organisation_commune" TEXT,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "event_id" TEXT,

    CONSTRAINT "public_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "public_proposal_token_hash_key" ON "public_proposal"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "public_proposal_event_id_key" ON "public_proposal"("event_id");

-- AddForeignKey
ALTER TABLE "public_proposal" ADD CONSTRAINT "public_proposal_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_proposal" ADD CONSTRAINT "public_proposal_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An entry names its author: an account, or a label where no account wrote.
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_author" CHECK ("account_id" IS NOT NULL OR "actor_label" IS NOT NULL);
