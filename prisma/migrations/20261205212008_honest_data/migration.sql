-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PROJECT_PRESENTATION', 'PRESS_ARTICLE', 'ACADEMIC_ARTICLE', 'REFERENTIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('STATED', 'INFERRED');

-- AlterEnum
ALTER TYPE "MaisonRoleKind" ADD VALUE 'FINANCEUR';

-- AlterTable
ALTER TABLE "organisation" DROP COLUMN "source",
ADD COLUMN     "governs_id" INTEGER,
ADD COLUMN     "legal_form_basis" TEXT,
ADD COLUMN     "legal_form_certainty" "Certainty",
ADD COLUMN     "location_basis" TEXT,
ADD COLUMN     "location_id" INTEGER,
ADD COLUMN     "source_id" TEXT,
ALTER COLUMN "legal_form" DROP NOT NULL,
ALTER COLUMN "family" DROP NOT NULL;

-- An organisation whose commune is known is located in it; the location is
-- coarser (EPCI, département, région) only when the commune is unknown.
UPDATE "organisation" SET "location_id" = "commune_id";
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_location_is_its_commune"
  CHECK ("commune_id" IS NULL OR "location_id" = "commune_id");
-- A legal form's certainty goes with a legal form. Until now every legal form
-- was entered by a person or written in the demo data (which is reloaded):
-- taken as stated.
UPDATE "organisation" SET "legal_form_certainty" = 'STATED' WHERE "legal_form" IS NOT NULL;
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_legal_form_certainty"
  CHECK (("legal_form" IS NULL) = ("legal_form_certainty" IS NULL));

-- AlterTable
ALTER TABLE "person" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "referential_card" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "collective" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT,
ADD COLUMN     "structure_basis" TEXT,
ADD COLUMN     "structure_certainty" "Certainty",
ALTER COLUMN "structure" DROP NOT NULL,
ALTER COLUMN "structure" DROP DEFAULT;

-- AlterTable
ALTER TABLE "collective_membership" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "cooperation" DROP COLUMN "source",
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "cotess" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "mois_ess_participation" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "maison" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "maison_role" ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "shareholding" DROP CONSTRAINT "shareholding_pkey",
ADD COLUMN     "basis" TEXT,
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "holder_label" TEXT,
ADD COLUMN     "id" TEXT,
ADD COLUMN     "source_id" TEXT,
ALTER COLUMN "holder_id" DROP NOT NULL;
-- Existing rows get the id the demo data gives them (company/holder).
UPDATE "shareholding" SET "id" = "company_id" || '/' || "holder_id";
ALTER TABLE "shareholding" ALTER COLUMN "id" SET NOT NULL,
ADD CONSTRAINT "shareholding_pkey" PRIMARY KEY ("id");
-- A holder is an organisation or, unnamed, a description.
ALTER TABLE "shareholding" ADD CONSTRAINT "shareholding_holder_named_or_described"
  CHECK ("holder_id" IS NOT NULL OR "holder_label" IS NOT NULL);

-- AlterTable
ALTER TABLE "charter_signature" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "territorial_policy" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "policy_figure" ADD COLUMN     "year" INTEGER;

-- AlterTable
ALTER TABLE "territory_indicator" DROP COLUMN "source",
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "edition" DROP COLUMN "source",
ADD COLUMN     "basis" TEXT,
ADD COLUMN     "certainty" "Certainty" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "source_id" TEXT;

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "date_label" TEXT NOT NULL,
    "year" INTEGER,
    "kind" "SourceKind" NOT NULL,
    "description" TEXT,
    "url" TEXT,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maison_statement" (
    "maison_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source_id" TEXT,

    CONSTRAINT "maison_statement_pkey" PRIMARY KEY ("maison_id","position")
);

-- CreateIndex
CREATE INDEX "organisation_location_id_idx" ON "organisation"("location_id");

-- CreateIndex
CREATE INDEX "organisation_governs_id_idx" ON "organisation"("governs_id");

-- CreateIndex
CREATE UNIQUE INDEX "shareholding_company_id_holder_id_key" ON "shareholding"("company_id", "holder_id");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_governs_id_fkey" FOREIGN KEY ("governs_id") REFERENCES "territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referential_card" ADD CONSTRAINT "referential_card_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collective" ADD CONSTRAINT "collective_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collective_membership" ADD CONSTRAINT "collective_membership_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation" ADD CONSTRAINT "cooperation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess" ADD CONSTRAINT "cotess_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mois_ess_participation" ADD CONSTRAINT "mois_ess_participation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison" ADD CONSTRAINT "maison_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_role" ADD CONSTRAINT "maison_role_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shareholding" ADD CONSTRAINT "shareholding_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_statement" ADD CONSTRAINT "maison_statement_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_statement" ADD CONSTRAINT "maison_statement_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_signature" ADD CONSTRAINT "charter_signature_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territorial_policy" ADD CONSTRAINT "territorial_policy_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territory_indicator" ADD CONSTRAINT "territory_indicator_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition" ADD CONSTRAINT "edition_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
