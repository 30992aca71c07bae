-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('EVENTS', 'ORGANISATIONS');

-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('ICALENDAR', 'OPENAGENDA', 'CSV');

-- CreateEnum
CREATE TYPE "ImportState" AS ENUM ('QUEUED', 'READING', 'PREVIEW', 'COMMITTED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportRowClass" AS ENUM ('NEW', 'UPDATE', 'POSSIBLE_DUPLICATE', 'INVALID');

-- CreateEnum
CREATE TYPE "DuplicateChoice" AS ENUM ('SKIP', 'CREATE', 'UPDATE');

-- CreateTable
CREATE TABLE "data_import" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "edition_id" TEXT,
    "lead_organisation_id" TEXT,
    "file_name" TEXT,
    "url" TEXT,
    "content" TEXT,
    "state" "ImportState" NOT NULL DEFAULT 'QUEUED',
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_total" INTEGER,
    "failure" TEXT,
    "daily" BOOLEAN NOT NULL DEFAULT false,
    "scheduled" BOOLEAN NOT NULL DEFAULT false,
    "account_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMPTZ(3),

    CONSTRAINT "data_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_row" (
    "import_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source_key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "class" "ImportRowClass" NOT NULL,
    "reasons" TEXT[],
    "matched_id" TEXT,
    "matched_label" TEXT,
    "matched_from_source" BOOLEAN NOT NULL DEFAULT false,
    "record" JSONB NOT NULL,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "choice" "DuplicateChoice",
    "written_id" TEXT,

    CONSTRAINT "import_row_pkey" PRIMARY KEY ("import_id","position")
);

-- CreateTable
CREATE TABLE "imported_record" (
    "id" UUID NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "format" "ImportFormat" NOT NULL,
    "source_name" TEXT NOT NULL,
    "source_key" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "import_id" UUID NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "imported_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "data_import_edition_id_created_at_idx" ON "data_import"("edition_id", "created_at");

-- CreateIndex
CREATE INDEX "data_import_kind_created_at_idx" ON "data_import"("kind", "created_at");

-- CreateIndex
CREATE INDEX "import_row_import_id_class_position_idx" ON "import_row"("import_id", "class", "position");

-- CreateIndex
CREATE INDEX "imported_record_entity_type_entity_id_idx" ON "imported_record"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "imported_record_entity_type_scope_source_name_source_key_key" ON "imported_record"("entity_type", "scope", "source_name", "source_key");

-- AddForeignKey
ALTER TABLE "import_row" ADD CONSTRAINT "import_row_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "data_import"("id") ON DELETE CASCADE ON UPDATE CASCADE;
