-- CreateEnum
CREATE TYPE "PartnershipSide" AS ENUM ('ORGANIZATION', 'COMMUNITY', 'PARTNER_ORGANIZATION');

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "answeringSide" "PartnershipSide";

-- Backfill: the side that did not propose, as the code derived it until now (from the
-- proposer's current verified memberships). A proposer who represents both sides, neither, or
-- whose account is gone leaves it NULL: only a moderator may answer those.
WITH sides AS (
  SELECT p.id,
    EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p."proposedById" AND m.status = 'VERIFIED' AND m."organizationId" = p."organizationId") AS by_org,
    EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p."proposedById" AND m.status = 'VERIFIED' AND m."communityId" = p."communityId") AS by_community,
    EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = p."proposedById" AND m.status = 'VERIFIED' AND m."organizationId" = p."partnerOrganizationId") AS by_partner
  FROM "Partnership" p
  WHERE p."proposedById" IS NOT NULL
)
UPDATE "Partnership" p
SET "answeringSide" = CASE
  WHEN s.by_org AND NOT s.by_community AND NOT s.by_partner
    THEN (CASE WHEN p."communityId" IS NOT NULL THEN 'COMMUNITY' ELSE 'PARTNER_ORGANIZATION' END)::"PartnershipSide"
  WHEN NOT s.by_org AND (s.by_community OR s.by_partner)
    THEN 'ORGANIZATION'::"PartnershipSide"
END
FROM sides s
WHERE s.id = p.id;
