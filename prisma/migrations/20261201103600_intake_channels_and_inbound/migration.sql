-- CreateEnum
CREATE TYPE "InboundState" AS ENUM ('pending', 'recorded', 'rejected');

-- CreateEnum
CREATE TYPE "InboundVia" AS ENUM ('sms', 'email', 'report');

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "source" JSONB;

-- CreateTable
CREATE TABLE "IntakeChannel" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretSealed" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "rateWindowStart" TIMESTAMP(3),
    "rateCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IntakeChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundItem" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "channelId" TEXT,
    "via" "InboundVia" NOT NULL,
    "state" "InboundState" NOT NULL,
    "reasonCode" TEXT,
    "reason" TEXT,
    "sender" TEXT,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "domainId" TEXT,
    "kind" "MessageKind",
    "messageId" TEXT,
    "reportedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InboundItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntakeChannel_tokenHash_key" ON "IntakeChannel"("tokenHash");

-- CreateIndex
CREATE INDEX "IntakeChannel_accountId_createdAt_idx" ON "IntakeChannel"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "InboundItem_accountId_dedupeKey_idx" ON "InboundItem"("accountId", "dedupeKey");

-- CreateIndex
CREATE INDEX "InboundItem_state_createdAt_idx" ON "InboundItem"("state", "createdAt");

-- CreateIndex
CREATE INDEX "InboundItem_accountId_createdAt_idx" ON "InboundItem"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "InboundItem_channelId_createdAt_idx" ON "InboundItem"("channelId", "createdAt");

-- AddForeignKey
ALTER TABLE "IntakeChannel" ADD CONSTRAINT "IntakeChannel_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeChannel" ADD CONSTRAINT "IntakeChannel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundItem" ADD CONSTRAINT "InboundItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundItem" ADD CONSTRAINT "InboundItem_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "IntakeChannel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundItem" ADD CONSTRAINT "InboundItem_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundItem" ADD CONSTRAINT "InboundItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
