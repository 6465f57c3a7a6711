import "server-only";
// Claims: a signed-in person asks to represent an organisation or to be a community's official.
// The claim is a PENDING Membership carrying the evidence a moderator decides on.
import { Prisma } from "@/generated/prisma/client";
import { MembershipRole, MembershipStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import { recordNotices, sendNotices } from "@/lib/notification/notify";
import { reindexCommunity, reindexOrganization } from "@/lib/search/indexer";
import type { ClaimInput } from "./schema";
import { membershipListingSelect } from "./selects";

export type ClaimResult = { ok: true; message: "claimSent" } | { ok: false; reason: "ALREADY_CLAIMED" | "NOT_FOUND" };

export async function requestMembership(actor: PolicyViewer | null, input: ClaimInput): Promise<ClaimResult> {
  const isOrg = input.target.type === "ORGANIZATION";
  authorize(actor, "claim", isOrg ? "Organization" : "Community", { id: input.target.id });
  const prisma = await db();
  const exists = isOrg
    ? await prisma.organization.count({ where: { id: input.target.id, ...publicOrganizationWhere } })
    : await prisma.community.count({ where: { id: input.target.id, ...publicCommunityWhere } });
  if (exists === 0) return { ok: false, reason: "NOT_FOUND" };
  try {
    await prisma.$transaction((tx) =>
      fileClaim(tx, actor, isOrg ? { organizationId: input.target.id } : { communityId: input.target.id }, {
        title: input.title ?? null,
        evidenceEmail: input.evidenceEmail ?? null,
        evidenceUrl: input.evidenceUrl ?? null,
        evidenceNote: input.evidenceNote ?? null,
      }),
    );
  } catch (error) {
    // One membership per person per listing (unique index): asking twice is not an error to log.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "ALREADY_CLAIMED" };
    throw error;
  }
  return { ok: true, message: "claimSent" };
}

/**
 * A claim: the person's PENDING membership of the listing (a representative of an organisation,
 * an official of a community) with what they say about themselves, and its audit entry.
 */
export async function fileClaim(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  listing: { organizationId: string } | { communityId: string },
  claim: Pick<Prisma.MembershipUncheckedCreateInput, "title" | "evidenceEmail" | "evidenceUrl" | "evidenceNote">,
): Promise<void> {
  const role = "organizationId" in listing ? MembershipRole.REPRESENTATIVE : MembershipRole.OFFICIAL;
  const membership = await tx.membership.create({
    data: { userId: actor.id, ...listing, role, status: MembershipStatus.PENDING, ...claim },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: "membership.requested",
    targetType: TargetType.MEMBERSHIP,
    targetId: membership.id,
    after: listing,
  });
}

// Taking a verified role away (a representative who left, or a claim that should never have
// been verified), decided by a moderator. Conditional on the status like the other decisions,
// so two moderators revoking at once write one decision; the person is told why.
export type RevokeResult = { ok: true; message: "revoked" } | { ok: false; reason: "ALREADY_DECIDED" };

export async function revokeMembership(actor: PolicyViewer | null, input: { membershipId: string; reason: string }): Promise<RevokeResult> {
  authorize(actor, "moderate", "Membership");
  const prisma = await db();
  const now = new Date();
  const emails = await prisma.$transaction(async (tx) => {
    const membership = await decideMembership(tx, input.membershipId, MembershipStatus.VERIFIED, {
      status: MembershipStatus.REVOKED,
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: input.reason,
    });
    if (!membership) return null;
    await unverifyIfNobodyLeft(tx, membership);
    await recordAudit(tx, {
      actor,
      action: "membership.revoked",
      targetType: TargetType.MEMBERSHIP,
      targetId: input.membershipId,
      reason: input.reason,
      before: { status: MembershipStatus.VERIFIED },
      after: { status: MembershipStatus.REVOKED },
    });
    return recordNotices(tx, [
      {
        userId: membership.userId,
        kind: "membership.revoked",
        payload: { name: membership.name, reason: input.reason, url: membership.path },
      },
    ]);
  });
  if (!emails) return { ok: false, reason: "ALREADY_DECIDED" };
  await sendNotices(emails);
  return { ok: true, message: "revoked" };
}

/**
 * A moderator's decision on a membership, written only if it is still `from` (two moderators at
 * once: one decision wins), then whose it is and the listing it is for, named for the notice.
 * Null when someone decided first.
 */
export async function decideMembership(
  tx: Prisma.TransactionClient,
  membershipId: string,
  from: MembershipStatus,
  decision: Pick<Prisma.MembershipUncheckedUpdateManyInput, "status" | "decidedById" | "decidedAt" | "decisionReason">,
) {
  const { count } = await tx.membership.updateMany({ where: { id: membershipId, status: from }, data: decision });
  if (count === 0) return null;
  const membership = await tx.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { userId: true, organizationId: true, communityId: true, ...membershipListingSelect },
  });
  const { organization, community } = membership;
  return {
    ...membership,
    name: (organization ?? community)?.name ?? null,
    path: organization ? `/organizations/${organization.slug}` : `/communities/${community?.slug}`,
  };
}

// The "verified" badge says someone verified speaks for the listing; with nobody left, it goes.
async function unverifyIfNobodyLeft(tx: Prisma.TransactionClient, m: { organizationId: string | null; communityId: string | null }) {
  if (
    m.organizationId &&
    (await tx.membership.count({ where: { organizationId: m.organizationId, status: MembershipStatus.VERIFIED } })) === 0
  ) {
    await tx.organization.update({ where: { id: m.organizationId }, data: { isVerified: false, verifiedAt: null } });
    await reindexOrganization(tx, m.organizationId);
  }
  if (m.communityId && (await tx.membership.count({ where: { communityId: m.communityId, status: MembershipStatus.VERIFIED } })) === 0) {
    await tx.community.update({ where: { id: m.communityId }, data: { isVerified: false } });
    await reindexCommunity(tx, m.communityId);
  }
}
