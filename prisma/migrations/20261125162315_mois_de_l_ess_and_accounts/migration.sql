-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('PLATFORM_ADMIN', 'NETWORK_ANIMATOR', 'ORGANISATION_EDITOR', 'COLLECTIVITE_AGENT');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('FORUM', 'VISITE_DE_STRUCTURE', 'CONFERENCE_DEBAT', 'CINE_DEBAT', 'ATELIER', 'FORMATION', 'MARCHE', 'PORTES_OUVERTES', 'AUTRE');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PROPOSED', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('GRAND_PUBLIC', 'PROFESSIONNELS', 'SCOLAIRES', 'ELUS', 'DEMANDEURS_EMPLOI');

-- CreateEnum
CREATE TYPE "Accessibility" AS ENUM ('FAUTEUIL', 'BOUCLE_MAGNETIQUE', 'LSF', 'FALC');

-- CreateEnum
CREATE TYPE "CoOrganiserRole" AS ENUM ('LEAD', 'PARTNER', 'VENUE_HOST', 'FUNDER');

-- CreateTable
CREATE TABLE "territory_neighbour" (
    "territory_id" INTEGER NOT NULL,
    "neighbour_id" INTEGER NOT NULL,

    CONSTRAINT "territory_neighbour_pkey" PRIMARY KEY ("territory_id","neighbour_id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_grant" (
    "id" SERIAL NOT NULL,
    "account_id" UUID NOT NULL,
    "role" "RoleKind" NOT NULL,
    "cotess_id" TEXT,
    "maison_id" TEXT,
    "organisation_id" TEXT,
    "territory_id" INTEGER,

    CONSTRAINT "role_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account_id" UUID NOT NULL,
    "action" "AuditAction" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "edition_id" TEXT,
    "cotess_id" TEXT,
    "maison_id" TEXT,
    "organisation_id" TEXT,
    "collective_id" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "edition" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "cotess_id" TEXT,
    "maison_id" TEXT,
    "network_organisation_id" TEXT,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "description" TEXT,
    "source" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "edition_territory" (
    "edition_id" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,

    CONSTRAINT "edition_territory_pkey" PRIMARY KEY ("edition_id","territory_id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" TEXT NOT NULL,
    "edition_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "description" TEXT,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "venue_maison_id" TEXT,
    "venue_organisation_id" TEXT,
    "venue_address" TEXT,
    "commune_id" INTEGER NOT NULL,
    "audiences" "Audience"[],
    "themes" "Sector"[],
    "capacity" INTEGER,
    "accessibility" "Accessibility"[],
    "accessibility_note" TEXT,
    "registration_url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "published_at" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_session" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "edition_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_co_organiser" (
    "event_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" "CoOrganiserRole" NOT NULL,

    CONSTRAINT "event_co_organiser_pkey" PRIMARY KEY ("event_id","organisation_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_email_key" ON "account"("email");

-- CreateIndex
CREATE INDEX "role_grant_account_id_idx" ON "role_grant"("account_id");

-- CreateIndex
CREATE INDEX "session_account_id_idx" ON "session"("account_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE INDEX "audit_entry_edition_id_id_idx" ON "audit_entry"("edition_id", "id");

-- CreateIndex
CREATE INDEX "audit_entry_cotess_id_id_idx" ON "audit_entry"("cotess_id", "id");

-- CreateIndex
CREATE INDEX "audit_entry_maison_id_id_idx" ON "audit_entry"("maison_id", "id");

-- CreateIndex
CREATE INDEX "audit_entry_organisation_id_id_idx" ON "audit_entry"("organisation_id", "id");

-- CreateIndex
CREATE INDEX "audit_entry_collective_id_id_idx" ON "audit_entry"("collective_id", "id");

-- CreateIndex
CREATE INDEX "audit_entry_entity_type_entity_id_id_idx" ON "audit_entry"("entity_type", "entity_id", "id");

-- CreateIndex
CREATE INDEX "edition_cotess_id_year_idx" ON "edition"("cotess_id", "year");

-- CreateIndex
CREATE INDEX "edition_maison_id_year_idx" ON "edition"("maison_id", "year");

-- CreateIndex
CREATE INDEX "edition_network_organisation_id_year_idx" ON "edition"("network_organisation_id", "year");

-- CreateIndex
CREATE INDEX "edition_territory_territory_id_idx" ON "edition_territory"("territory_id");

-- CreateIndex
CREATE INDEX "event_edition_id_status_idx" ON "event"("edition_id", "status");

-- CreateIndex
CREATE INDEX "event_commune_id_idx" ON "event"("commune_id");

-- CreateIndex
CREATE INDEX "event_session_edition_id_starts_at_idx" ON "event_session"("edition_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_session_event_id_position_key" ON "event_session"("event_id", "position");

-- CreateIndex
CREATE INDEX "event_co_organiser_organisation_id_idx" ON "event_co_organiser"("organisation_id");

-- AddForeignKey
ALTER TABLE "territory_neighbour" ADD CONSTRAINT "territory_neighbour_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territory_neighbour" ADD CONSTRAINT "territory_neighbour_neighbour_id_fkey" FOREIGN KEY ("neighbour_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition" ADD CONSTRAINT "edition_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition" ADD CONSTRAINT "edition_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition" ADD CONSTRAINT "edition_network_organisation_id_fkey" FOREIGN KEY ("network_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_territory" ADD CONSTRAINT "edition_territory_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_territory" ADD CONSTRAINT "edition_territory_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_venue_maison_id_fkey" FOREIGN KEY ("venue_maison_id") REFERENCES "maison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_venue_organisation_id_fkey" FOREIGN KEY ("venue_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_session" ADD CONSTRAINT "event_session_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_session" ADD CONSTRAINT "event_session_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_co_organiser" ADD CONSTRAINT "event_co_organiser_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_co_organiser" ADD CONSTRAINT "event_co_organiser_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the database keeps even if a service forgets them (Prisma does not
-- model CHECK constraints; they are written here by hand).
ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_scope_check" CHECK (
  CASE "role"
    WHEN 'PLATFORM_ADMIN' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id", "territory_id") = 0
    WHEN 'NETWORK_ANIMATOR' THEN num_nonnulls("cotess_id", "maison_id", "organisation_id") = 1 AND "territory_id" IS NULL
    WHEN 'ORGANISATION_EDITOR' THEN "organisation_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "territory_id") = 0
    WHEN 'COLLECTIVITE_AGENT' THEN "territory_id" IS NOT NULL AND num_nonnulls("cotess_id", "maison_id", "organisation_id") = 0
  END
);
ALTER TABLE "edition" ADD CONSTRAINT "edition_network_check" CHECK (num_nonnulls("cotess_id", "maison_id", "network_organisation_id") = 1);
ALTER TABLE "edition" ADD CONSTRAINT "edition_days_check" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "event" ADD CONSTRAINT "event_venue_check" CHECK (num_nonnulls("venue_maison_id", "venue_organisation_id", "venue_address") = 1);
ALTER TABLE "event_session" ADD CONSTRAINT "event_session_time_check" CHECK ("ends_at" > "starts_at");
-- One lead per event.
CREATE UNIQUE INDEX "event_co_organiser_one_lead" ON "event_co_organiser" ("event_id") WHERE "role" = 'LEAD';
-- One edition per network and year.
CREATE UNIQUE INDEX "edition_network_year_key" ON "edition" (coalesce("cotess_id", ''), coalesce("maison_id", ''), coalesce("network_organisation_id", ''), "year");
