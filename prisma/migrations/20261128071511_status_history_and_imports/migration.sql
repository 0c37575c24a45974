-- CreateEnum
CREATE TYPE "ImportState" AS ENUM ('validated', 'importing', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "ImportRowOutcome" AS ENUM ('valid', 'invalid', 'recorded', 'duplicate', 'refused');

-- CreateTable
CREATE TABLE "DomainStatusChange" (
    "id" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "fromStatus" "DomainStatus",
    "toStatus" "DomainStatus" NOT NULL,
    "causeMessageId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DomainStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "state" "ImportState" NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "validRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "recordedRows" INTEGER NOT NULL DEFAULT 0,
    "duplicateRows" INTEGER NOT NULL DEFAULT 0,
    "refusedRows" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "outcome" "ImportRowOutcome" NOT NULL,
    "error" TEXT,
    "messageId" TEXT,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DomainStatusChange_changedAt_idx" ON "DomainStatusChange"("changedAt");

-- CreateIndex
CREATE INDEX "DomainStatusChange_domainId_changedAt_idx" ON "DomainStatusChange"("domainId", "changedAt");

-- CreateIndex
CREATE INDEX "DomainStatusChange_accountId_changedAt_idx" ON "DomainStatusChange"("accountId", "changedAt");

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_idx" ON "ImportBatch"("createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_batchId_outcome_idx" ON "ImportRow"("batchId", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_batchId_rowNumber_key" ON "ImportRow"("batchId", "rowNumber");

-- AddForeignKey
ALTER TABLE "DomainStatusChange" ADD CONSTRAINT "DomainStatusChange_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
