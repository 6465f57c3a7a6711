import "server-only";
// Moderators' decisions. Each is conditional on the record still waiting (`updateMany` with the
// old status in `where`, then read `count`): when two moderators act on the same item at once,
// the database lets exactly one write win and the other gets ALREADY_DECIDED.
import type { Prisma } from "@/generated/prisma/client";
import { MembershipStatus, ModerationStatus, ReportStatus, TargetType, ChangeRequestStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { decideMembership } from "@/lib/membership/mutations";
import { recordNotices, sendNotices, type Notice } from "@/lib/notification/notify";
import { reindexCommunity, reindexOrganization } from "@/lib/search/indexer";
import type { ApplyRefusal } from "@/lib/listing/pending-edit";
import { listingKindOf, listingKinds, type ModeratedType } from "@/lib/listing/kinds";
import { notHidden } from "@/lib/listing/public-where";
import { changeKinds } from "./change-kinds";

export type Decision = "approve" | "reject" | "archive";
export type DecisionResult =
  { ok: true; decided: number; message: "approved" | "rejected" | "archived" } | { ok: false; reason: "ALREADY_DECIDED" };

/** A decision as the audit trail and the confirmation name it. */
const pastTense = { approve: "approved", reject: "rejected", archive: "archived" } as const satisfies Record<Decision, string>;

/** Approves, rejects (a reason is required: the schema of the action enforces it) or archives
 *  one or many listings of one type. Items someone else already decided are left alone. */
export async function decideListings(
  actor: PolicyViewer | null,
  input: { type: ModeratedType; ids: string[]; decision: Decision; reason?: string | null },
): Promise<DecisionResult> {
  authorize(actor, "moderate", "ModerationQueue");
  const prisma = await db();
  const from = input.decision === "archive" ? [ModerationStatus.PENDING, ModerationStatus.PUBLISHED] : [ModerationStatus.PENDING];
  const to = { approve: ModerationStatus.PUBLISHED, reject: ModerationStatus.REJECTED, archive: ModerationStatus.ARCHIVED }[input.decision];
  const now = new Date();
  const kind = listingKinds[input.type];

  const { decided, emails } = await prisma.$transaction(async (tx) => {
    const rows = new Map((await kind.rows(tx, { where: { id: { in: input.ids } } })).map((row) => [row.id, row]));
    const notices: Notice[] = [];
    let decided = 0;
    for (const id of input.ids) {
      const data: Record<string, unknown> = { status: to };
      if (to === ModerationStatus.PUBLISHED && kind.datesPublication) data.publishedAt = now;
      const { count } = await kind.table(tx).updateMany({ where: { id, status: { in: from } }, data });
      if (count === 0) continue;
      decided++;
      const row = rows.get(id);
      await recordAudit(tx, {
        actor,
        action: `${kind.audit}.${pastTense[input.decision]}`,
        targetType: input.type,
        targetId: id,
        reason: input.reason ?? null,
        after: { status: to },
      });
      await kind.reproject(tx, id);
      if (row?.authorId && input.decision !== "archive") {
        notices.push({
          userId: row.authorId,
          kind: input.decision === "approve" ? "listing.approved" : "listing.rejected",
          payload: { name: row.name, object: kind.audit, reason: input.reason ?? null, url: row.path },
        });
      }
    }
    return { decided, emails: await recordNotices(tx, notices) };
  });
  await sendNotices(emails);
  if (decided === 0) return { ok: false, reason: "ALREADY_DECIDED" };
  return { ok: true, decided, message: pastTense[input.decision] };
}

/** Verifies or refuses a claim (a PENDING membership). Verifying an official marks the community
 *  as having a verified official; verifying a representative, the organisation as verified. */
export async function decideClaim(
  actor: PolicyViewer | null,
  input: { membershipId: string; approve: boolean; reason?: string | null },
): Promise<DecisionResult> {
  authorize(actor, "moderate", "Membership");
  const prisma = await db();
  const now = new Date();
  const status = input.approve ? MembershipStatus.VERIFIED : MembershipStatus.REJECTED;
  const result = await prisma.$transaction(async (tx) => {
    const membership = await decideMembership(tx, input.membershipId, MembershipStatus.PENDING, {
      status,
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: input.reason ?? null,
    });
    if (!membership) return null;
    if (input.approve && membership.organizationId) {
      await tx.organization.updateMany({
        where: { id: membership.organizationId, isVerified: false },
        data: { isVerified: true, verifiedAt: now },
      });
      await reindexOrganization(tx, membership.organizationId);
    }
    if (input.approve && membership.communityId) {
      await tx.community.updateMany({ where: { id: membership.communityId, isVerified: false }, data: { isVerified: true } });
      await reindexCommunity(tx, membership.communityId);
    }
    await recordAudit(tx, {
      actor,
      action: input.approve ? "membership.verified" : "membership.rejected",
      targetType: TargetType.MEMBERSHIP,
      targetId: input.membershipId,
      reason: input.reason ?? null,
      before: { status: MembershipStatus.PENDING },
      after: { status },
    });
    return recordNotices(tx, [
      {
        userId: membership.userId,
        kind: input.approve ? "membership.verified" : "membership.rejected",
        payload: { name: membership.name, reason: input.reason ?? null, url: membership.path },
      },
    ]);
  });
  if (!result) return { ok: false, reason: "ALREADY_DECIDED" };
  await sendNotices(result);
  return { ok: true, decided: 1, message: input.approve ? "approved" : "rejected" };
}

/** Closes a report: resolved (optionally hiding the listing at once) or dismissed. */
export async function resolveReport(
  actor: PolicyViewer | null,
  input: { reportId: string; outcome: "resolve" | "dismiss"; hideListing?: boolean; reason?: string | null },
): Promise<DecisionResult> {
  authorize(actor, "moderate", "Report");
  const prisma = await db();
  const now = new Date();
  const done = await prisma.$transaction(async (tx) => {
    const status = input.outcome === "resolve" ? ReportStatus.RESOLVED : ReportStatus.DISMISSED;
    const { count } = await tx.report.updateMany({
      where: { id: input.reportId, status: ReportStatus.OPEN },
      data: { status, resolvedById: actor.id, resolvedAt: now, resolution: input.reason ?? null },
    });
    if (count === 0) return false;
    const report = await tx.report.findUniqueOrThrow({ where: { id: input.reportId }, select: { targetType: true, targetId: true } });
    await recordAudit(tx, {
      actor,
      action: `report.${input.outcome === "resolve" ? "resolved" : "dismissed"}`,
      targetType: TargetType.REPORT,
      targetId: input.reportId,
      reason: input.reason ?? null,
      after: { status },
    });
    if (input.outcome === "resolve" && input.hideListing)
      await hideListing(tx, actor, report.targetType, report.targetId, input.reason ?? null, now);
    return true;
  });
  return done
    ? { ok: true, decided: 1, message: input.outcome === "resolve" ? "approved" : "rejected" }
    : { ok: false, reason: "ALREADY_DECIDED" };
}

/** Hides a reported listing of any kind (lib/listing/kinds.ts) and records it; a report on
 *  something that is not a listing has nothing to hide. */
async function hideListing(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  type: TargetType,
  id: string,
  reason: string | null,
  now: Date,
) {
  const kind = listingKindOf(type);
  if (!kind) return;
  await kind.table(tx).updateMany({ where: { id, ...notHidden }, data: { hiddenAt: now } });
  await kind.reproject(tx, id);
  await recordAudit(tx, {
    actor,
    action: `${kind.audit}.hidden`,
    targetType: type,
    targetId: id,
    reason,
    after: { hiddenAt: now.toISOString() },
  });
}

export type ChangeDecisionResult = (DecisionResult & { stale?: string[] }) | { ok: false; reason: ApplyRefusal };

/** Thrown inside the decision's transaction so the status change rolls back with the refused apply. */
class ChangeRefused extends Error {
  constructor(readonly reason: ApplyRefusal) {
    super(reason);
  }
}

/**
 * Approves or rejects a pending edit; approving applies it to the listing (through its kind's
 * own checks, see ./change-kinds) in the same transaction. `stale` lists the pages the caller
 * should revalidate, as a direct edit's action does.
 */
export async function decideChangeRequest(
  actor: PolicyViewer | null,
  input: { changeRequestId: string; approve: boolean; reason?: string | null },
): Promise<ChangeDecisionResult> {
  authorize(actor, "moderate", "ModerationQueue");
  const prisma = await db();
  const now = new Date();
  let decided: { emails: Awaited<ReturnType<typeof recordNotices>>; stale: string[] } | null;
  try {
    decided = await prisma.$transaction(async (tx) => {
      const status = input.approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED;
      const { count } = await tx.changeRequest.updateMany({
        where: { id: input.changeRequestId, status: ChangeRequestStatus.PENDING },
        data: { status, decidedById: actor.id, decidedAt: now, decisionReason: input.reason ?? null },
      });
      if (count === 0) return null;
      const request = await tx.changeRequest.findUniqueOrThrow({
        where: { id: input.changeRequestId },
        select: { targetType: true, targetId: true, changes: true, authorId: true },
      });
      const kind = changeKinds[request.targetType];
      const listing = kind ? await kind.read(tx, request.targetId) : null;
      if (input.approve && kind && listing) {
        const applied = await kind.apply(tx, actor, request.targetId, request.changes as Record<string, unknown>, input.changeRequestId);
        if (!applied.ok) throw new ChangeRefused(applied.reason);
      }
      await recordAudit(tx, {
        actor,
        action: input.approve ? "change.approved" : "change.rejected",
        targetType: TargetType.CHANGE_REQUEST,
        targetId: input.changeRequestId,
        reason: input.reason ?? null,
        after: { status },
      });
      const emails = request.authorId
        ? await recordNotices(tx, [
            {
              userId: request.authorId,
              kind: input.approve ? "change.approved" : "change.rejected",
              payload: { name: listing?.name ?? null, reason: input.reason ?? null, ...(listing ? { url: listing.path } : {}) },
            },
          ])
        : [];
      return { emails, stale: input.approve && kind && listing ? kind.stale(listing.path) : [] };
    });
  } catch (error) {
    if (error instanceof ChangeRefused) return { ok: false, reason: error.reason };
    throw error;
  }
  if (!decided) return { ok: false, reason: "ALREADY_DECIDED" };
  await sendNotices(decided.emails);
  return { ok: true, decided: 1, message: input.approve ? "approved" : "rejected", stale: decided.stale };
}

// Merging a duplicate organisation into the listing that stays: its people, events,
// announcements, polls and partnerships move over; the duplicate is archived (its slug then
// answers 404) and the audit trail records where it went. One transaction: nothing half-moved.
export type MergeResult = { ok: true; message: "saved" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" };

export async function mergeOrganizations(
  actor: PolicyViewer | null,
  input: { duplicateId: string; intoSlug: string; reason: string },
): Promise<MergeResult> {
  authorize(actor, "moderate", "Organization");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const [duplicate, into] = await Promise.all([
      tx.organization.findUnique({ where: { id: input.duplicateId }, select: { id: true, slug: true, status: true } }),
      tx.organization.findUnique({ where: { slug: input.intoSlug }, select: { id: true, slug: true } }),
    ]);
    if (!duplicate || !into) return { ok: false as const, reason: "NOT_FOUND" as const };
    if (duplicate.id === into.id || duplicate.status === ModerationStatus.ARCHIVED)
      return { ok: false as const, reason: "NOTHING_CHANGED" as const };

    // A person who already belongs to the kept listing keeps that membership; others move.
    const kept = new Set(
      (await tx.membership.findMany({ where: { organizationId: into.id }, select: { userId: true } })).map((m) => m.userId),
    );
    await tx.membership.deleteMany({ where: { organizationId: duplicate.id, userId: { in: [...kept] } } });
    const reopened = await reopenMovedMemberships(tx, duplicate.id, duplicate.slug);
    const moved = {
      memberships: (await tx.membership.updateMany({ where: { organizationId: duplicate.id }, data: { organizationId: into.id } })).count,
      reopenedClaims: reopened,
      events: (await tx.event.updateMany({ where: { organizationId: duplicate.id }, data: { organizationId: into.id } })).count,
      announcements: (await tx.announcement.updateMany({ where: { organizationId: duplicate.id }, data: { organizationId: into.id } }))
        .count,
      polls: (await tx.poll.updateMany({ where: { organizationId: duplicate.id }, data: { organizationId: into.id } })).count,
      partnerships:
        (await tx.partnership.updateMany({ where: { organizationId: duplicate.id }, data: { organizationId: into.id } })).count +
        (await tx.partnership.updateMany({ where: { partnerOrganizationId: duplicate.id }, data: { partnerOrganizationId: into.id } }))
          .count,
    };
    await tx.organization.update({ where: { id: duplicate.id }, data: { status: ModerationStatus.ARCHIVED } });
    await recordAudit(tx, {
      actor,
      action: "organization.merged",
      targetType: TargetType.ORGANIZATION,
      targetId: duplicate.id,
      reason: input.reason,
      before: { slug: duplicate.slug, status: duplicate.status },
      after: { status: ModerationStatus.ARCHIVED, mergedInto: into.slug, moved },
    });
    await reindexOrganization(tx, duplicate.id);
    await reindexOrganization(tx, into.id);
    return { ok: true as const, message: "saved" as const };
  });
}

/**
 * Being verified on a duplicate proves nothing about the listing that stays (anyone can register
 * a look-alike and be verified on it), so moved memberships arrive as claims for a moderator to
 * decide again, evidence kept. Returns how many were verified before.
 */
async function reopenMovedMemberships(tx: Prisma.TransactionClient, duplicateId: string, duplicateSlug: string): Promise<number> {
  const rows = await tx.membership.findMany({
    where: { organizationId: duplicateId, status: { in: [MembershipStatus.VERIFIED, MembershipStatus.PENDING] } },
    select: { id: true, status: true, evidenceNote: true },
  });
  const note = `Moved from the merged duplicate "${duplicateSlug}"; decide again. / Перенесено з об’єднаного дубліката «${duplicateSlug}»; вирішіть ще раз.`;
  for (const row of rows) {
    await tx.membership.update({
      where: { id: row.id },
      data: {
        status: MembershipStatus.PENDING,
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
        evidenceNote: row.evidenceNote ? `${row.evidenceNote}\n\n${note}` : note,
      },
    });
  }
  return rows.filter((r) => r.status === MembershipStatus.VERIFIED).length;
}
