-- CreateEnum
CREATE TYPE "PasswordLinkPurpose" AS ENUM ('RESET', 'FIRST_PASSWORD');

-- AlterTable
ALTER TABLE "role_grant" ADD COLUMN     "granted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "granted_by_id" UUID;

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "RoleKind" NOT NULL,
    "cotess_id" TEXT,
    "maison_id" TEXT,
    "organisation_id" TEXT,
    "territory_id" INTEGER,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_link" (
    "token_hash" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "purpose" "PasswordLinkPurpose" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "password_link_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "action_throttle" (
    "subject" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_throttle_pkey" PRIMARY KEY ("subject")
);

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");

-- CreateIndex
CREATE INDEX "invitation_email_idx" ON "invitation"("email");

-- CreateIndex
CREATE INDEX "invitation_invited_by_id_created_at_idx" ON "invitation"("invited_by_id", "created_at");

-- CreateIndex
CREATE INDEX "password_link_account_id_idx" ON "password_link"("account_id");

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_link" ADD CONSTRAINT "password_link_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_granted_by_id_fkey" FOREIGN KEY ("granted_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A role's scope is the one its kind names: nothing for an admin, one network
-- for an animator, one organisation for an editor, one territory for an agent.
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_scope_of_role" CHECK (
  CASE "role"
    WHEN 'PLATFORM_ADMIN' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id", "territory_id") = 0
    WHEN 'NETWORK_ANIMATOR' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id") = 1 AND "territory_id" IS NULL
    WHEN 'ORGANISATION_EDITOR' THEN "organisation_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "territory_id") = 0
    WHEN 'COLLECTIVITE_AGENT' THEN "territory_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "organisation_id") = 0
  END);
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_scope_of_role" CHECK (
  CASE "role"
    WHEN 'PLATFORM_ADMIN' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id", "territory_id") = 0
    WHEN 'NETWORK_ANIMATOR' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id") = 1 AND "territory_id" IS NULL
    WHEN 'ORGANISATION_EDITOR' THEN "organisation_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "territory_id") = 0
    WHEN 'COLLECTIVITE_AGENT' THEN "territory_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "organisation_id") = 0
  END);
-- One grant of a role in a scope per account.
CREATE UNIQUE INDEX "role_grant_one_per_scope" ON "role_grant" ("account_id", "role",
  coalesce("cotess_id", ''), coalesce("maison_id", ''), coalesce("organisation_id", ''), coalesce("territory_id", 0));
