-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE');

-- CreateEnum
CREATE TYPE "EpciNature" AS ENUM ('METROPOLE', 'METROPOLE_DE_LYON', 'COMMUNAUTE_URBAINE', 'COMMUNAUTE_AGGLOMERATION', 'COMMUNAUTE_COMMUNES');

-- CreateTable
CREATE TABLE "territory" (
    "id" SERIAL NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "epci_nature" "EpciNature",
    "postal_codes" TEXT[],
    "zone" TEXT,
    "retired_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territory_inclusion" (
    "ancestor_id" INTEGER NOT NULL,
    "descendant_id" INTEGER NOT NULL,
    "descendant_kind" "TerritoryKind" NOT NULL,
    "principal" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "territory_inclusion_pkey" PRIMARY KEY ("ancestor_id","descendant_id")
);

-- CreateTable
CREATE TABLE "territory_load" (
    "id" SERIAL NOT NULL,
    "source_package" TEXT NOT NULL,
    "source_version" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "retired" JSONB NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "territory_load_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "territory_kind_population_id_idx" ON "territory"("kind", "population" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "territory_kind_code_key" ON "territory"("kind", "code");

-- CreateIndex
CREATE INDEX "territory_inclusion_ancestor_id_descendant_kind_idx" ON "territory_inclusion"("ancestor_id", "descendant_kind");

-- CreateIndex
CREATE INDEX "territory_inclusion_descendant_id_idx" ON "territory_inclusion"("descendant_id");

-- AddForeignKey
ALTER TABLE "territory_inclusion" ADD CONSTRAINT "territory_inclusion_ancestor_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territory_inclusion" ADD CONSTRAINT "territory_inclusion_descendant_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
