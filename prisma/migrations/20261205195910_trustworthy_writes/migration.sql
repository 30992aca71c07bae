-- CreateTable
CREATE TABLE "idempotency_key" (
    "principal" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "response_status" INTEGER,
    "response_type" TEXT,
    "response_body" TEXT,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("principal","key")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "subject" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("subject")
);

-- CreateIndex
CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");

-- Records entered in Maillage named their author's login e-mail as their
-- source, shown to anonymous visitors and in the CSV: the author stays in the
-- audit trail, the source says where the record comes from.
UPDATE "organisation" SET "source" = 'Saisie dans Maillage' WHERE "source" LIKE 'saisie:%';
UPDATE "collective" SET "source" = 'Saisie dans Maillage' WHERE "source" LIKE 'saisie:%';
UPDATE "edition" SET "source" = 'Saisie dans Maillage' WHERE "source" LIKE 'saisie:%';
