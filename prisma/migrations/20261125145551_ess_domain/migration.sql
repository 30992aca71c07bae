-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('ASSOCIATION', 'SCOP', 'SCIC', 'COOPERATIVE', 'MUTUELLE', 'FONDATION', 'ENTREPRISE_ESUS', 'GROUPEMENT_EMPLOYEURS', 'GIE', 'SCI', 'COLLECTIVITE', 'ETABLISSEMENT_PUBLIC', 'ENTREPRISE_CLASSIQUE', 'AUTRE');

-- CreateEnum
CREATE TYPE "EssFamily" AS ENUM ('ASSOCIATION', 'COOPERATIVE', 'MUTUELLE', 'FONDATION', 'ENTREPRISE_COMMERCIALE_ESS', 'HORS_ESS');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ACTION_SOCIALE', 'SERVICES_A_LA_PERSONNE', 'SANTE', 'PETITE_ENFANCE_JEUNESSE', 'EDUCATION_FORMATION', 'INSERTION_EMPLOI', 'CULTURE', 'SPORT_LOISIRS', 'ENVIRONNEMENT_REEMPLOI', 'ENERGIE_HABITAT', 'ALIMENTATION_AGRICULTURE', 'COMMERCE_PROXIMITE', 'RESTAURATION', 'FINANCE_SOLIDAIRE', 'ACCOMPAGNEMENT_CONSEIL', 'RESEAU_REPRESENTATION', 'RECHERCHE', 'NUMERIQUE', 'MOBILITE', 'IMMOBILIER_LIEUX', 'ACTION_PUBLIQUE', 'AUTRE');

-- CreateEnum
CREATE TYPE "CollectiveKind" AS ENUM ('MUTUALISATION', 'PARTENARIAT_DE_PROJETS', 'COLLECTIF_ACTEURS_ESS', 'REGROUPEMENT_MULTI_ACTEURS');

-- CreateEnum
CREATE TYPE "CollectiveStructure" AS ENUM ('AUCUNE', 'ASSOCIATION', 'SCIC', 'SCOP', 'GIE', 'CONVENTION', 'AUTRE');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MEMBRE', 'ANIMATEUR', 'STRUCTURE_APPUI', 'PARTENAIRE_FINANCEUR', 'FONDATEUR');

-- CreateEnum
CREATE TYPE "CooperationKind" AS ENUM ('MUTUALISATION', 'PARTENARIAT_DE_PROJETS', 'COLLECTIF_ACTEURS_ESS', 'REGROUPEMENT_MULTI_ACTEURS', 'PARTENARIAT_DECLARE', 'CO_ORGANISATION_EVENEMENT', 'HEBERGEMENT_MAISON', 'SOCIETARIAT_SCIC');

-- CreateEnum
CREATE TYPE "MaisonRoleKind" AS ENUM ('PORTEUR_PROJET', 'PROPRIETAIRE', 'GESTIONNAIRE', 'LOCATAIRE', 'ECOSYSTEME', 'RECONNAISSANCE');

-- CreateEnum
CREATE TYPE "SpaceKind" AS ENUM ('BAR', 'RESTAURANT', 'MAGASIN_PARTAGE', 'BUREAUX', 'SALLE_REUNION', 'UNIVERSITE_POPULAIRE', 'ESPACE_TRAVAIL_PARTAGE', 'AUTRE');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('ESS_JOBS', 'ESS_JOBS_SHARE', 'ESS_ESTABLISHMENTS', 'ESS_JOBS_ASSOCIATIONS', 'ESS_JOBS_COOPERATIVES', 'ESS_JOBS_MUTUELLES', 'ESS_JOBS_FONDATIONS', 'POPULATION_DENSITY', 'UNEMPLOYMENT_RATE', 'POVERTY_RATE', 'OTHER');

-- CreateTable
CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "legal_form" "LegalForm" NOT NULL,
    "family" "EssFamily" NOT NULL,
    "sectors" "Sector"[],
    "siren" TEXT,
    "address" TEXT,
    "commune_id" INTEGER,
    "website" TEXT,
    "public_email" TEXT,
    "public_phone" TEXT,
    "headcount" INTEGER,
    "headcount_year" INTEGER,
    "description" TEXT,
    "source" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "card_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "title" TEXT,
    "organisation_id" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referential_card" (
    "id" TEXT NOT NULL,
    "sector_label" TEXT,
    "coverage_label" TEXT,
    "origin" TEXT,
    "governance" TEXT,
    "stakes" TEXT,
    "working_together" TEXT,
    "contact" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "referential_card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "card_coverage" (
    "card_id" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,

    CONSTRAINT "card_coverage_pkey" PRIMARY KEY ("card_id","territory_id")
);

-- CreateTable
CREATE TABLE "collective" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CollectiveKind" NOT NULL,
    "sectors" "Sector"[],
    "structure" "CollectiveStructure" NOT NULL DEFAULT 'AUCUNE',
    "meeting_rhythm" TEXT,
    "start_year" INTEGER,
    "description" TEXT,
    "card_id" TEXT,
    "source" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "collective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collective_membership" (
    "collective_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBRE',
    "since_year" INTEGER,
    "until_year" INTEGER,

    CONSTRAINT "collective_membership_pkey" PRIMARY KEY ("collective_id","organisation_id","role")
);

-- CreateTable
CREATE TABLE "cooperation" (
    "id" TEXT NOT NULL,
    "kind" "CooperationKind" NOT NULL,
    "organisation_a_id" TEXT NOT NULL,
    "organisation_b_id" TEXT NOT NULL,
    "collective_id" TEXT,
    "statement" TEXT,
    "since_year" INTEGER,
    "until_year" INTEGER,
    "source" TEXT NOT NULL,

    CONSTRAINT "cooperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cotess" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "former_names" TEXT[],
    "description" TEXT,
    "history" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "cotess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cotess_territory" (
    "cotess_id" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,

    CONSTRAINT "cotess_territory_pkey" PRIMARY KEY ("cotess_id","territory_id")
);

-- CreateTable
CREATE TABLE "cotess_co_animator" (
    "id" TEXT NOT NULL,
    "cotess_id" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,
    "person_id" TEXT,
    "organisation_id" TEXT,

    CONSTRAINT "cotess_co_animator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cotess_membership" (
    "cotess_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "since_year" INTEGER,

    CONSTRAINT "cotess_membership_pkey" PRIMARY KEY ("cotess_id","organisation_id")
);

-- CreateTable
CREATE TABLE "mois_ess_participation" (
    "cotess_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "took_part" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "mois_ess_participation_pkey" PRIMARY KEY ("cotess_id","year")
);

-- CreateTable
CREATE TABLE "maison" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "commune_id" INTEGER NOT NULL,
    "description" TEXT,
    "recognition" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "maison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maison_role" (
    "maison_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" "MaisonRoleKind" NOT NULL,
    "since_year" INTEGER,
    "until_year" INTEGER,
    "note" TEXT,

    CONSTRAINT "maison_role_pkey" PRIMARY KEY ("maison_id","organisation_id","role")
);

-- CreateTable
CREATE TABLE "shareholding" (
    "company_id" TEXT NOT NULL,
    "holder_id" TEXT NOT NULL,
    "category" TEXT,
    "since_year" INTEGER,

    CONSTRAINT "shareholding_pkey" PRIMARY KEY ("company_id","holder_id")
);

-- CreateTable
CREATE TABLE "maison_space" (
    "id" TEXT NOT NULL,
    "maison_id" TEXT NOT NULL,
    "kind" "SpaceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "operator_id" TEXT,

    CONSTRAINT "maison_space_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maison_phase" (
    "id" TEXT NOT NULL,
    "maison_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "period" TEXT,
    "surface_m2" INTEGER,
    "description" TEXT,

    CONSTRAINT "maison_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charter" (
    "id" TEXT NOT NULL,
    "maison_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "charter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charter_value" (
    "charter_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "charter_value_pkey" PRIMARY KEY ("charter_id","position")
);

-- CreateTable
CREATE TABLE "charter_signature" (
    "charter_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "signed_on" DATE,

    CONSTRAINT "charter_signature_pkey" PRIMARY KEY ("charter_id","organisation_id")
);

-- CreateTable
CREATE TABLE "territorial_policy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,
    "collectivite_id" TEXT,
    "adopted_year" INTEGER,
    "summary" TEXT,
    "priorities" TEXT[],
    "source" TEXT NOT NULL,

    CONSTRAINT "territorial_policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_axis" (
    "policy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "policy_axis_pkey" PRIMARY KEY ("policy_id","position")
);

-- CreateTable
CREATE TABLE "policy_figure" (
    "policy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" TEXT,

    CONSTRAINT "policy_figure_pkey" PRIMARY KEY ("policy_id","position")
);

-- CreateTable
CREATE TABLE "territory_indicator" (
    "id" TEXT NOT NULL,
    "territory_id" INTEGER NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "year" INTEGER,
    "producer" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "territory_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_load" (
    "id" SERIAL NOT NULL,
    "data_hash" TEXT NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_load_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_siren_key" ON "organisation"("siren");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_card_id_key" ON "organisation"("card_id");

-- CreateIndex
CREATE INDEX "organisation_commune_id_idx" ON "organisation"("commune_id");

-- CreateIndex
CREATE INDEX "organisation_family_idx" ON "organisation"("family");

-- CreateIndex
CREATE INDEX "organisation_legal_form_idx" ON "organisation"("legal_form");

-- CreateIndex
CREATE INDEX "organisation_search_text_idx" ON "organisation" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "card_coverage_territory_id_idx" ON "card_coverage"("territory_id");

-- CreateIndex
CREATE UNIQUE INDEX "collective_card_id_key" ON "collective"("card_id");

-- CreateIndex
CREATE INDEX "collective_membership_organisation_id_idx" ON "collective_membership"("organisation_id");

-- CreateIndex
CREATE INDEX "cooperation_organisation_a_id_idx" ON "cooperation"("organisation_a_id");

-- CreateIndex
CREATE INDEX "cooperation_organisation_b_id_idx" ON "cooperation"("organisation_b_id");

-- CreateIndex
CREATE INDEX "cotess_territory_territory_id_idx" ON "cotess_territory"("territory_id");

-- CreateIndex
CREATE INDEX "cotess_membership_organisation_id_idx" ON "cotess_membership"("organisation_id");

-- CreateIndex
CREATE INDEX "maison_commune_id_idx" ON "maison"("commune_id");

-- CreateIndex
CREATE INDEX "maison_role_organisation_id_idx" ON "maison_role"("organisation_id");

-- CreateIndex
CREATE INDEX "shareholding_holder_id_idx" ON "shareholding"("holder_id");

-- CreateIndex
CREATE UNIQUE INDEX "charter_maison_id_key" ON "charter"("maison_id");

-- CreateIndex
CREATE INDEX "charter_signature_organisation_id_idx" ON "charter_signature"("organisation_id");

-- CreateIndex
CREATE INDEX "territorial_policy_territory_id_idx" ON "territorial_policy"("territory_id");

-- CreateIndex
CREATE INDEX "territory_indicator_territory_id_idx" ON "territory_indicator"("territory_id");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "referential_card"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_coverage" ADD CONSTRAINT "card_coverage_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "referential_card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "card_coverage" ADD CONSTRAINT "card_coverage_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collective" ADD CONSTRAINT "collective_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "referential_card"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collective_membership" ADD CONSTRAINT "collective_membership_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collective_membership" ADD CONSTRAINT "collective_membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation" ADD CONSTRAINT "cooperation_organisation_a_id_fkey" FOREIGN KEY ("organisation_a_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation" ADD CONSTRAINT "cooperation_organisation_b_id_fkey" FOREIGN KEY ("organisation_b_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cooperation" ADD CONSTRAINT "cooperation_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_territory" ADD CONSTRAINT "cotess_territory_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_territory" ADD CONSTRAINT "cotess_territory_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_co_animator" ADD CONSTRAINT "cotess_co_animator_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_co_animator" ADD CONSTRAINT "cotess_co_animator_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_co_animator" ADD CONSTRAINT "cotess_co_animator_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_co_animator" ADD CONSTRAINT "cotess_co_animator_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_membership" ADD CONSTRAINT "cotess_membership_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cotess_membership" ADD CONSTRAINT "cotess_membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mois_ess_participation" ADD CONSTRAINT "mois_ess_participation_cotess_id_fkey" FOREIGN KEY ("cotess_id") REFERENCES "cotess"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison" ADD CONSTRAINT "maison_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_role" ADD CONSTRAINT "maison_role_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_role" ADD CONSTRAINT "maison_role_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shareholding" ADD CONSTRAINT "shareholding_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shareholding" ADD CONSTRAINT "shareholding_holder_id_fkey" FOREIGN KEY ("holder_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_space" ADD CONSTRAINT "maison_space_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_space" ADD CONSTRAINT "maison_space_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "maison_phase" ADD CONSTRAINT "maison_phase_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter" ADD CONSTRAINT "charter_maison_id_fkey" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_value" ADD CONSTRAINT "charter_value_charter_id_fkey" FOREIGN KEY ("charter_id") REFERENCES "charter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_signature" ADD CONSTRAINT "charter_signature_charter_id_fkey" FOREIGN KEY ("charter_id") REFERENCES "charter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charter_signature" ADD CONSTRAINT "charter_signature_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territorial_policy" ADD CONSTRAINT "territorial_policy_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territorial_policy" ADD CONSTRAINT "territorial_policy_collectivite_id_fkey" FOREIGN KEY ("collectivite_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_axis" ADD CONSTRAINT "policy_axis_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "territorial_policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "policy_figure" ADD CONSTRAINT "policy_figure_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "territorial_policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territory_indicator" ADD CONSTRAINT "territory_indicator_territory_id_fkey" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
