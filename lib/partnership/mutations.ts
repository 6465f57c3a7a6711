import "server-only";
// Partnerships between a community and an organisation: proposed by one side, answered by the
// other, then run (active → completed). Each step is one transaction with its audit entry;
// the other side is notified after commit. The side conditions sit in each write's `where`, so
// a stale page or a replayed request cannot answer twice.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { MembershipStatus, ModerationStatus, PartnershipSide, PartnershipStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listingName, pickText } from "@/lib/i18n/localized-text";
import { recordNotices, sendNotices, type Notice } from "@/lib/notification/notify";
import { reindexCommunity } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import { openNeedWhere, publicCommunityWhere, publicOrganizationWhere } from "@/lib/listing/public-where";
import { advanceNeedsOf } from "@/lib/need/progress";
import { openPartnershipWhere } from "./open";
import type { ProposalInput } from "./schema";

export type PartnershipResult =
  | { ok: true; message: "saved"; slug?: string }
  | { ok: false; reason: "NOT_FOUND" | "ALREADY_PROPOSED" | "ALREADY_DECIDED" | "OWN_PROPOSAL" };

/** Verified members of a listing: who is told about a proposal or an answer. */
async function membersOf(tx: Prisma.TransactionClient, side: { organizationId?: string; communityId?: string }): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { ...side, status: MembershipStatus.VERIFIED }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

export async function proposePartnership(actor: PolicyViewer | null, input: ProposalInput): Promise<PartnershipResult> {
  authorize(actor, "propose", "Partnership", {
    organizationId: input.organizationId,
    communityId: input.communityId,
    partnerOrganizationId: null,
  });
  const prisma = await db();
  const result = await prisma.$transaction(async (tx) => {
    const [org, community] = await Promise.all([
      tx.organization.findFirst({
        where: { ...publicOrganizationWhere, id: input.organizationId },
        select: { id: true, slug: true, name: true },
      }),
      tx.community.findFirst({
        where: { ...publicCommunityWhere, id: input.communityId },
        select: { id: true, slug: true, name: true, shortName: true },
      }),
    ]);
    if (!org || !community) return { result: { ok: false as const, reason: "NOT_FOUND" as const }, notices: [] };
    // One open partnership (proposed or active) per pair: the matches page does not offer a second.
    // The lock makes two proposals sent at once for the same pair run one after the other, so
    // the second sees the first (a count alone would let both through).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`partnership-pair:${org.id}:${community.id}`}))`;
    const open = await tx.partnership.count({
      where: { organizationId: org.id, communityId: community.id, ...openPartnershipWhere },
    });
    if (open > 0) return { result: { ok: false as const, reason: "ALREADY_PROPOSED" as const }, notices: [] };
    // Only this community's open, public needs can be addressed.
    const needs = await tx.need.findMany({
      where: { id: { in: input.needIds }, communityId: community.id, ...openNeedWhere },
      select: { id: true },
    });
    const slug = `${slugFrom(`${listingName(org.name)} ${listingName(community.shortName)}`, 50)}-${randomBytes(3).toString("hex")}`;
    const partnership = await tx.partnership.create({
      data: {
        slug,
        organizationId: org.id,
        communityId: community.id,
        form: input.form,
        title: {
          uk: `${pickText(org.name, "uk")?.text ?? ""} — ${pickText(community.name, "uk")?.text ?? ""}`,
          en: `${pickText(org.name, "en")?.text ?? ""} — ${pickText(community.name, "en")?.text ?? ""}`,
        },
        message: input.message ?? null,
        proposedById: actor.id,
        // Stored now: whoever answers later is checked against this, not against the
        // proposer's memberships at that time (they may be gone).
        answeringSide: otherSide(actor, org.id, community.id),
        partnershipStatus: PartnershipStatus.PROPOSED,
        status: ModerationStatus.PENDING,
        needs: { create: needs.map((n) => ({ needId: n.id })) },
      },
      select: { id: true, slug: true, answeringSide: true },
    });
    await recordAudit(tx, {
      actor,
      action: "partnership.proposed",
      targetType: TargetType.PARTNERSHIP,
      targetId: partnership.id,
      after: { organizationId: org.id, communityId: community.id, form: input.form, needIds: needs.map((n) => n.id) },
    });
    // Tell the other side: everyone verified on either side except the proposer.
    const people = new Set([...(await membersOf(tx, { organizationId: org.id })), ...(await membersOf(tx, { communityId: community.id }))]);
    people.delete(actor.id);
    const notices: Notice[] = [...people].map((userId) => ({
      userId,
      kind: "partnership.proposed",
      // Who proposed, to which side (a proposer on both sides proposes for the organisation).
      payload: {
        actor: partnership.answeringSide === PartnershipSide.ORGANIZATION ? community.name : org.name,
        name: partnership.answeringSide === PartnershipSide.ORGANIZATION ? org.name : community.name,
        object: partnership.answeringSide === PartnershipSide.ORGANIZATION ? "organization" : "community",
        url: `/partnerships/proposals#${partnership.slug}`,
      },
    }));
    return { result: { ok: true as const, message: "saved" as const, slug: partnership.slug }, notices: await recordNotices(tx, notices) };
  });
  await sendNotices(result.notices);
  return result.result;
}

/** The side that did not propose. Someone verified on both sides proposes for neither, so
 *  NULL: a moderator answers. */
function otherSide(actor: PolicyViewer, organizationId: string, communityId: string): PartnershipSide | null {
  const verified = actor.memberships.filter((m) => m.status === MembershipStatus.VERIFIED);
  const forOrg = verified.some((m) => m.organizationId === organizationId);
  const forCommunity = verified.some((m) => m.communityId === communityId);
  if (forOrg === forCommunity) return null;
  return forOrg ? PartnershipSide.COMMUNITY : PartnershipSide.ORGANIZATION;
}

export async function respondToPartnership(
  actor: PolicyViewer | null,
  input: { partnershipId: string; accept: boolean },
): Promise<PartnershipResult> {
  const prisma = await db();
  const partnership = await prisma.partnership.findUnique({
    where: { id: input.partnershipId },
    select: {
      id: true,
      organizationId: true,
      communityId: true,
      partnerOrganizationId: true,
      answeringSide: true,
      proposedById: true,
      title: true,
      slug: true,
      organization: { select: { isVerified: true, name: true } },
      community: { select: { isVerified: true, name: true } },
    },
  });
  if (!partnership) return { ok: false, reason: "NOT_FOUND" };
  const sides = {
    organizationId: partnership.organizationId,
    communityId: partnership.communityId,
    partnerOrganizationId: partnership.partnerOrganizationId,
    answeringSide: partnership.answeringSide,
  };
  // Even someone who also represents the answering side never accepts their own proposal.
  if (actor && actor.id === partnership.proposedById) return { ok: false, reason: "OWN_PROPOSAL" };
  authorize(actor, "answer", "Partnership", sides);

  const bothVerified = partnership.organization.isVerified && (partnership.community?.isVerified ?? false);
  const now = new Date();
  const emails = await prisma.$transaction(async (tx) => {
    const data = input.accept
      ? {
          partnershipStatus: PartnershipStatus.ACTIVE,
          decidedAt: now,
          startDate: now,
          ...(bothVerified ? { status: ModerationStatus.PUBLISHED } : {}),
        }
      : { partnershipStatus: PartnershipStatus.DECLINED, decidedAt: now };
    const { count } = await tx.partnership.updateMany({
      where: { id: partnership.id, partnershipStatus: PartnershipStatus.PROPOSED },
      data,
    });
    if (count === 0) return null;
    // Accepted: the needs it addresses are in progress, in this same transaction.
    const needsInProgress = input.accept ? await advanceNeedsOf(tx, actor, partnership.id, "accepted") : [];
    if (needsInProgress.length && partnership.communityId) await reindexCommunity(tx, partnership.communityId);
    await recordAudit(tx, {
      actor,
      action: input.accept ? "partnership.accepted" : "partnership.declined",
      targetType: TargetType.PARTNERSHIP,
      targetId: partnership.id,
      before: { partnershipStatus: PartnershipStatus.PROPOSED },
      after: {
        partnershipStatus: data.partnershipStatus,
        status: input.accept && bothVerified ? ModerationStatus.PUBLISHED : ModerationStatus.PENDING,
        ...(input.accept ? { needsInProgress } : {}),
      },
    });
    return partnership.proposedById
      ? recordNotices(tx, [
          {
            userId: partnership.proposedById,
            kind: input.accept ? "partnership.accepted" : "partnership.declined",
            // The side that answered names itself; the partnership is the thing answered.
            payload: {
              actor:
                partnership.answeringSide === PartnershipSide.COMMUNITY
                  ? partnership.community?.name
                  : partnership.answeringSide === PartnershipSide.ORGANIZATION
                    ? partnership.organization.name
                    : null,
              name: partnership.title,
              object: "partnership",
              url: `/partnerships/proposals#${partnership.slug}`,
            },
          },
        ])
      : [];
  });
  if (!emails) return { ok: false, reason: "ALREADY_DECIDED" };
  await sendNotices(emails);
  return { ok: true, message: "saved" };
}

/** Active → completed: the end date is set and the needs it addressed (open or in progress) are marked met. */
export async function completePartnership(actor: PolicyViewer | null, input: { partnershipId: string }): Promise<PartnershipResult> {
  const prisma = await db();
  const partnership = await prisma.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { id: true, organizationId: true, communityId: true, partnerOrganizationId: true },
  });
  if (!partnership) return { ok: false, reason: "NOT_FOUND" };
  authorize(actor, "respond", "Partnership", partnership);
  const now = new Date();
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.partnership.updateMany({
      where: { id: partnership.id, partnershipStatus: PartnershipStatus.ACTIVE },
      data: { partnershipStatus: PartnershipStatus.COMPLETED, endDate: now },
    });
    if (count === 0) return false;
    const needsMet = await advanceNeedsOf(tx, actor, partnership.id, "completed");
    await recordAudit(tx, {
      actor,
      action: "partnership.completed",
      targetType: TargetType.PARTNERSHIP,
      targetId: partnership.id,
      before: { partnershipStatus: PartnershipStatus.ACTIVE },
      after: { partnershipStatus: PartnershipStatus.COMPLETED, needsMet },
    });
    if (partnership.communityId) await reindexCommunity(tx, partnership.communityId);
    return true;
  });
  return done ? { ok: true, message: "saved" } : { ok: false, reason: "ALREADY_DECIDED" };
}
