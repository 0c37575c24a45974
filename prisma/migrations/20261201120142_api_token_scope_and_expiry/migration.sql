-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('read', 'record', 'admin');

-- AlterTable
-- Tokens made before scopes existed could do everything their admin could: they keep that
-- (scope admin) until an admin replaces them; new tokens default to read-only.
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "scope" "ApiTokenScope" NOT NULL DEFAULT 'admin';
ALTER TABLE "ApiToken" ALTER COLUMN "scope" SET DEFAULT 'read';
