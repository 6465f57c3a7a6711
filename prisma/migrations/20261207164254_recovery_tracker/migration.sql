-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DELIVERED', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AidFlow" AS ENUM ('COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('IMAGE', 'DOCUMENT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TargetType" ADD VALUE 'MILESTONE';
ALTER TYPE "TargetType" ADD VALUE 'MILESTONE_QUESTION';
ALTER TYPE "TargetType" ADD VALUE 'EXCHANGE_RATE';

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "plannedDate" DATE,
    "milestoneStatus" "MilestoneStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelReason" TEXT,
    "deliveredBySide" "PartnershipSide",
    "deliveredAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "registryProjectId" TEXT,
    "tenderId" TEXT,
    "createdById" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneNeed" (
    "milestoneId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,

    CONSTRAINT "MilestoneNeed_pkey" PRIMARY KEY ("milestoneId","needId")
);

-- CreateTable
CREATE TABLE "AidTransaction" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "flow" "AidFlow" NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "providerSide" "PartnershipSide" NOT NULL,
    "receiverSide" "PartnershipSide" NOT NULL,
    "inKind" BOOLEAN NOT NULL DEFAULT false,
    "quantity" INTEGER,
    "item" TEXT,
    "note" TEXT,
    "recordedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storedKey" TEXT NOT NULL,
    "thumbKey" TEXT,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "caption" TEXT,
    "uploadedById" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneQuestion" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilestoneQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "eurPerUnit" DECIMAL(18,8) NOT NULL,
    "setById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Milestone_partnershipId_plannedDate_idx" ON "Milestone"("partnershipId", "plannedDate");

-- CreateIndex
CREATE INDEX "Milestone_milestoneStatus_idx" ON "Milestone"("milestoneStatus");

-- CreateIndex
CREATE INDEX "MilestoneNeed_needId_idx" ON "MilestoneNeed"("needId");

-- CreateIndex
CREATE INDEX "AidTransaction_partnershipId_date_idx" ON "AidTransaction"("partnershipId", "date");

-- CreateIndex
CREATE INDEX "AidTransaction_milestoneId_idx" ON "AidTransaction"("milestoneId");

-- CreateIndex
CREATE INDEX "AidTransaction_flow_currency_idx" ON "AidTransaction"("flow", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_storedKey_key" ON "Evidence"("storedKey");

-- CreateIndex
CREATE INDEX "Evidence_milestoneId_createdAt_idx" ON "Evidence"("milestoneId", "createdAt");

-- CreateIndex
CREATE INDEX "MilestoneQuestion_milestoneId_createdAt_idx" ON "MilestoneQuestion"("milestoneId", "createdAt");

-- CreateIndex
CREATE INDEX "MilestoneQuestion_answeredAt_createdAt_idx" ON "MilestoneQuestion"("answeredAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_validFrom_key" ON "ExchangeRate"("currency", "validFrom");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneNeed" ADD CONSTRAINT "MilestoneNeed_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneNeed" ADD CONSTRAINT "MilestoneNeed_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneQuestion" ADD CONSTRAINT "MilestoneQuestion_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneQuestion" ADD CONSTRAINT "MilestoneQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneQuestion" ADD CONSTRAINT "MilestoneQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Amounts are never negative and a quantity counts something; a transaction moves between the two sides.
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_amount_check" CHECK ("amountMinor" >= 0);
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_quantity_check" CHECK ("quantity" IS NULL OR "quantity" > 0);
ALTER TABLE "AidTransaction" ADD CONSTRAINT "AidTransaction_sides_check" CHECK ("providerSide" <> "receiverSide");
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_rate_check" CHECK ("eurPerUnit" > 0);
