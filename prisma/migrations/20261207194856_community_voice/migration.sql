-- CreateEnum
CREATE TYPE "VoicePosition" AS ENUM ('RESIDENT', 'DISPLACED', 'ABROAD', 'OTHER', 'UNSAID');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TargetType" ADD VALUE 'DIALOGUE';
ALTER TYPE "TargetType" ADD VALUE 'DIALOGUE_STATEMENT';
ALTER TYPE "TargetType" ADD VALUE 'PRIORITY_ROUND';
ALTER TYPE "TargetType" ADD VALUE 'PRIORITY_IDEA';

-- AlterTable
ALTER TABLE "Need" ADD COLUMN     "priorityIdeaId" TEXT;

-- CreateTable
CREATE TABLE "Dialogue" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "question" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "organizationId" TEXT,
    "communityId" TEXT,
    "eventId" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Kyiv',
    "summary" JSONB NOT NULL DEFAULT '{}',
    "reportPublishedAt" TIMESTAMP(3),
    "analysis" JSONB,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "status" "ModerationStatus" NOT NULL DEFAULT 'PENDING',
    "hiddenAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueStatement" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "authorParticipantId" TEXT,
    "byFacilitator" BOOLEAN NOT NULL DEFAULT false,
    "status" "ModerationStatus" NOT NULL DEFAULT 'PENDING',
    "hiddenAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogueStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueParticipant" (
    "id" TEXT NOT NULL,
    "dialogueId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "position" "VoicePosition",

    CONSTRAINT "DialogueParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueVote" (
    "participantId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "DialogueVote_pkey" PRIMARY KEY ("participantId","statementId")
);

-- CreateTable
CREATE TABLE "PriorityRound" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "communityId" TEXT NOT NULL,
    "question" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "ideasCloseAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Kyiv',
    "points" INTEGER NOT NULL DEFAULT 10,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "status" "ModerationStatus" NOT NULL DEFAULT 'PENDING',
    "hiddenAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorityRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityIdea" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "details" TEXT,
    "locale" TEXT NOT NULL,
    "sector" "Sector",
    "authorId" TEXT,
    "status" "ModerationStatus" NOT NULL DEFAULT 'PENDING',
    "hiddenAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriorityIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityBallot" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "PriorityBallot_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "PriorityTally" (
    "ideaId" TEXT NOT NULL,
    "position" "VoicePosition" NOT NULL,
    "roundId" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PriorityTally_pkey" PRIMARY KEY ("ideaId","position")
);

-- CreateTable
CREATE TABLE "PriorityTurnout" (
    "roundId" TEXT NOT NULL,
    "position" "VoicePosition" NOT NULL,
    "ballots" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PriorityTurnout_pkey" PRIMARY KEY ("roundId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dialogue_slug_key" ON "Dialogue"("slug");

-- CreateIndex
CREATE INDEX "Dialogue_status_closesAt_idx" ON "Dialogue"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Dialogue_organizationId_idx" ON "Dialogue"("organizationId");

-- CreateIndex
CREATE INDEX "Dialogue_communityId_idx" ON "Dialogue"("communityId");

-- CreateIndex
CREATE INDEX "Dialogue_eventId_idx" ON "Dialogue"("eventId");

-- CreateIndex
CREATE INDEX "DialogueStatement_dialogueId_status_idx" ON "DialogueStatement"("dialogueId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DialogueParticipant_dialogueId_tokenHash_key" ON "DialogueParticipant"("dialogueId", "tokenHash");

-- CreateIndex
CREATE INDEX "DialogueVote_statementId_idx" ON "DialogueVote"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityRound_slug_key" ON "PriorityRound"("slug");

-- CreateIndex
CREATE INDEX "PriorityRound_status_closesAt_idx" ON "PriorityRound"("status", "closesAt");

-- CreateIndex
CREATE INDEX "PriorityRound_communityId_idx" ON "PriorityRound"("communityId");

-- CreateIndex
CREATE INDEX "PriorityIdea_roundId_status_idx" ON "PriorityIdea"("roundId", "status");

-- CreateIndex
CREATE INDEX "PriorityTally_roundId_idx" ON "PriorityTally"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Need_priorityIdeaId_key" ON "Need"("priorityIdeaId");

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_priorityIdeaId_fkey" FOREIGN KEY ("priorityIdeaId") REFERENCES "PriorityIdea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueStatement" ADD CONSTRAINT "DialogueStatement_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueStatement" ADD CONSTRAINT "DialogueStatement_authorParticipantId_fkey" FOREIGN KEY ("authorParticipantId") REFERENCES "DialogueParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueStatement" ADD CONSTRAINT "DialogueStatement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueParticipant" ADD CONSTRAINT "DialogueParticipant_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueVote" ADD CONSTRAINT "DialogueVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "DialogueParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueVote" ADD CONSTRAINT "DialogueVote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "DialogueStatement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityRound" ADD CONSTRAINT "PriorityRound_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityRound" ADD CONSTRAINT "PriorityRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityIdea" ADD CONSTRAINT "PriorityIdea_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityIdea" ADD CONSTRAINT "PriorityIdea_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityIdea" ADD CONSTRAINT "PriorityIdea_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityBallot" ADD CONSTRAINT "PriorityBallot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityBallot" ADD CONSTRAINT "PriorityBallot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityTally" ADD CONSTRAINT "PriorityTally_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "PriorityIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityTally" ADD CONSTRAINT "PriorityTally_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityTurnout" ADD CONSTRAINT "PriorityTurnout_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the schema language cannot say (issue 19).
ALTER TABLE "DialogueVote" ADD CONSTRAINT "DialogueVote_value_check" CHECK ("value" IN (-1, 0, 1));
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_window_check" CHECK ("closesAt" > "opensAt");
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_one_owner_check" CHECK (("organizationId" IS NULL) <> ("communityId" IS NULL));
ALTER TABLE "DialogueStatement" ADD CONSTRAINT "DialogueStatement_text_check" CHECK (char_length("text") BETWEEN 1 AND 280);
ALTER TABLE "PriorityRound" ADD CONSTRAINT "PriorityRound_phases_check" CHECK ("opensAt" < "ideasCloseAt" AND "ideasCloseAt" < "closesAt");
ALTER TABLE "PriorityRound" ADD CONSTRAINT "PriorityRound_points_check" CHECK ("points" BETWEEN 1 AND 100);
ALTER TABLE "PriorityTally" ADD CONSTRAINT "PriorityTally_points_check" CHECK ("points" >= 0);
ALTER TABLE "PriorityTurnout" ADD CONSTRAINT "PriorityTurnout_ballots_check" CHECK ("ballots" >= 0);
