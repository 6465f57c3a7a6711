-- CreateTable
CREATE TABLE "PollTally" (
    "optionId" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PollTally_pkey" PRIMARY KEY ("optionId")
);

-- CreateIndex
CREATE INDEX "PollTally_pollId_idx" ON "PollTally"("pollId");

-- AddForeignKey
ALTER TABLE "PollTally" ADD CONSTRAINT "PollTally_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PollTally" ADD CONSTRAINT "PollTally_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "PollOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Data: anonymous polls' Vote rows become counts and are deleted (each shared its xmin with the
-- voter's PollParticipation row). Every option gets its tally; named polls keep counting Vote
-- rows, so theirs start and stay at 0. Afterwards run VACUUM "Vote" once, outside a
-- transaction, so the deleted rows' tuples are not left readable on disk (docs/decisions/0015).
INSERT INTO "PollTally" ("optionId", "pollId", "count")
SELECT o."id", o."pollId", COALESCE(v.n, 0)
FROM "PollOption" o
JOIN "Poll" p ON p."id" = o."pollId"
LEFT JOIN (SELECT "optionId", count(*)::int AS n FROM "Vote" GROUP BY "optionId") v
  ON v."optionId" = o."id" AND p."isAnonymous";

DELETE FROM "Vote" v USING "Poll" p WHERE p."id" = v."pollId" AND p."isAnonymous";
