-- CreateEnum
CREATE TYPE "Role" AS ENUM ('customer', 'agent', 'admin');

-- CreateEnum
CREATE TYPE "Hosting" AS ENUM ('provider', 'elsewhere', 'unknown');

-- CreateEnum
CREATE TYPE "ProviderAccess" AS ENUM ('active', 'cancelled', 'unknown');

-- CreateEnum
CREATE TYPE "DomainStatus" AS ENUM ('not_filed', 'provider_review', 'provider_returned', 'authority_review', 'sms_verification', 'authority_rejected', 'approved_pending_sync', 'filed', 'rectification_required', 'access_cancelled', 'cancellation_pending', 'cancelled');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('filing_submitted', 'provider_returned', 'submitted_to_authority', 'provider_synced', 'verification_code', 'authority_rejected', 'filing_approved', 'filing_invalid', 'icp_number_cancelled', 'access_cancelled', 'rectification_notice', 'footer_notice', 'cancellation_verification', 'record_changed', 'retraction');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('sms', 'email', 'console', 'letter', 'provider');

-- CreateEnum
CREATE TYPE "ActionKey" AS ENUM ('resolve_domain_to_instance', 'await_provider_sync', 'display_icp_number', 'complete_psb_filing', 'check_public_query', 'apply_new_icp_number', 'point_domain_to_instance', 'submit_transfer_application', 'transfer_filing_to_new_provider', 'confirm_hosting_facts', 'complete_sms_verification', 'correct_and_resubmit', 'add_access_at_current_provider', 'correct_filing_information', 'fix_footer_icp_link', 'confirm_cancellation');

-- CreateEnum
CREATE TYPE "ActionState" AS ENUM ('open', 'in_progress', 'done', 'dismissed', 'superseded');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('ok', 'needs_follow_up', 'escalated');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "accountId" TEXT,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Domain" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "icpNumber" TEXT,
    "icpEntityNumber" TEXT,
    "filingType" TEXT,
    "providerStage" TEXT,
    "hosting" "Hosting" NOT NULL DEFAULT 'unknown',
    "providerAccess" "ProviderAccess" NOT NULL DEFAULT 'unknown',
    "status" "DomainStatus" NOT NULL DEFAULT 'not_filed',
    "reason" TEXT NOT NULL DEFAULT '',
    "reasonZh" TEXT NOT NULL DEFAULT '',
    "statusCauseMessageId" TEXT,
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openActionCount" INTEGER NOT NULL DEFAULT 0,
    "nextDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "icpNumbers" TEXT[],
    "deadline" TIMESTAMP(3),
    "retractsMessageId" TEXT,
    "recordedById" TEXT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "key" "ActionKey" NOT NULL,
    "causeMessageId" TEXT,
    "state" "ActionState" NOT NULL DEFAULT 'open',
    "dueAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersededByMessageId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionEvent" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "fromState" "ActionState",
    "toState" "ActionState",
    "note" TEXT,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "agentId" TEXT,
    "note" TEXT NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "followUpAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "actorRole" "Role",
    "event" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "accountId" TEXT,
    "domainId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_name_key" ON "Account"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_accountId_idx" ON "User"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Domain_name_key" ON "Domain"("name");

-- CreateIndex
CREATE INDEX "Domain_accountId_status_idx" ON "Domain"("accountId", "status");

-- CreateIndex
CREATE INDEX "Domain_accountId_name_idx" ON "Domain"("accountId", "name");

-- CreateIndex
CREATE INDEX "Domain_accountId_statusChangedAt_idx" ON "Domain"("accountId", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Domain_accountId_nextDueAt_idx" ON "Domain"("accountId", "nextDueAt");

-- CreateIndex
CREATE INDEX "Domain_status_statusChangedAt_idx" ON "Domain"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Domain_icpNumber_idx" ON "Domain"("icpNumber");

-- CreateIndex
CREATE INDEX "Domain_icpEntityNumber_idx" ON "Domain"("icpEntityNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Message_idempotencyKey_key" ON "Message"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Message_domainId_receivedAt_idx" ON "Message"("domainId", "receivedAt" DESC);

-- CreateIndex
CREATE INDEX "Message_receivedAt_idx" ON "Message"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_domainId_receivedAt_textHash_key" ON "Message"("domainId", "receivedAt", "textHash");

-- CreateIndex
CREATE INDEX "Action_domainId_state_idx" ON "Action"("domainId", "state");

-- CreateIndex
CREATE INDEX "Action_state_dueAt_idx" ON "Action"("state", "dueAt");

-- CreateIndex
CREATE INDEX "Action_causeMessageId_idx" ON "Action"("causeMessageId");

-- CreateIndex
CREATE INDEX "ActionEvent_actionId_createdAt_idx" ON "ActionEvent"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_accountId_createdAt_idx" ON "Review"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_followUpAt_idx" ON "Review"("followUpAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_createdAt_idx" ON "AuditEvent"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_domainId_createdAt_idx" ON "AuditEvent"("domainId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_event_createdAt_idx" ON "AuditEvent"("event", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_causeMessageId_fkey" FOREIGN KEY ("causeMessageId") REFERENCES "Message"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
