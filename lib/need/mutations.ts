import "server-only";
// Needs registered by a community's verified officials: published at once (the official is
// verified), audited, and the community's search row re-projected (open-need sectors are a facet).
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, NeedStatus, TargetType } from "@/generated/prisma/enums";
import { changedColumns } from "@/lib/audit/changes";
import { recordAudit, recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { agreedPartnershipWhere } from "@/lib/listing/public-where";
import { checkIdeaForNeed, recordIdeaBecameNeed, type IdeaForNeedProblem } from "@/lib/priorities/mutations";
import { unitsToMinor } from "@/lib/money/minor";
import { reindexCommunity } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import type { NeedEditInput, NeedInput } from "./schema";
import type { NeedWithdrawalInput } from "./withdraw-schema";
import { needEditSelect } from "./selects";

export type NeedResult = { ok: true; slug: string } | { ok: false; reason: "NOT_FOUND" | IdeaForNeedProblem };

/** The columns the need form covers, as they would be written (shared by create and edit). */
function needColumns(input: NeedInput) {
  return {
    title: localizedFrom(input, "title"),
    description: localizedFrom(input, "description"),
    sector: input.sector,
    aidTypes: [...new Set(input.aidTypes ?? [])],
    costMinor: input.cost !== undefined ? unitsToMinor(input.cost) : null,
    currency: input.cost !== undefined ? input.currency : null,
    urgency: input.urgency,
    deadline: input.deadline ? new Date(`${input.deadline}T23:59:59Z`) : null,
  } satisfies Prisma.NeedUncheckedUpdateInput;
}

/**
 * A new need of the community, published at once. Made from a residents' priority
 * (`priorityIdeaId`), it also needs the round's officials' say (policy: `update` on the round)
 * and an idea that is approved, of a closed round of this community and not yet a need: an idea
 * becomes at most one need (Need.priorityIdeaId is unique, which also settles a race).
 */
export async function createNeed(actor: PolicyViewer | null, input: NeedInput & { priorityIdeaId?: string }): Promise<NeedResult> {
  authorize(actor, "create", "Need", { communityId: input.communityId });
  const priorityIdeaId = input.priorityIdeaId || undefined;
  if (priorityIdeaId) authorize(actor, "update", "PriorityRound", { communityId: input.communityId });
  const prisma = await db();
  const now = new Date();
  try {
    return await prisma.$transaction((tx) => writeNeed(tx, actor, input, priorityIdeaId, now));
  } catch (error) {
    if (priorityIdeaId && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, reason: "IDEA_ALREADY_NEED" };
    throw error;
  }
}

async function writeNeed(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  input: NeedInput,
  priorityIdeaId: string | undefined,
  now: Date,
): Promise<NeedResult> {
  const community = await tx.community.findUnique({ where: { id: input.communityId }, select: { id: true, slug: true } });
  if (!community) return { ok: false as const, reason: "NOT_FOUND" as const };
  const idea = priorityIdeaId ? await checkIdeaForNeed(tx, priorityIdeaId, community.id, now) : null;
  if (idea && !idea.ok) return idea;
  const slug = `${community.slug}-${slugFrom(slugText(input, "title") || "need", 40)}-${randomBytes(2).toString("hex")}`;
  const need = await tx.need.create({
    data: {
      slug,
      communityId: community.id,
      ...needColumns(input),
      needStatus: NeedStatus.OPEN,
      status: ModerationStatus.PUBLISHED,
      priorityIdeaId: idea ? priorityIdeaId : null,
    },
    select: { id: true, slug: true },
  });
  if (idea && priorityIdeaId) await recordIdeaBecameNeed(tx, actor, priorityIdeaId, need.id, idea.roundId);
  await recordAudit(tx, {
    actor,
    action: "need.created",
    targetType: TargetType.NEED,
    targetId: need.id,
    after: { communityId: community.id, sector: input.sector },
  });
  await reindexCommunity(tx, community.id);
  return { ok: true as const, slug: need.slug };
}

export type UpdateNeedResult =
  { ok: true; message: "editPublished" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" | "PARTNERSHIP_NOT_ELIGIBLE" };

/**
 * An edit of a need by its community's official (or a moderator): its fields and its progress.
 * A met need may name the partnership that met it: one of this community's, active or completed.
 * The community's and form's ids are not trusted: the need's own community is the subject.
 */
export async function updateNeed(actor: PolicyViewer | null, input: NeedEditInput): Promise<UpdateNeedResult> {
  const prisma = await db();
  const current = await prisma.need.findUnique({ where: { id: input.needId }, select: needEditSelect });
  // A missing need has no community: only moderators get past the policy to hear NOT_FOUND.
  authorize(actor, "update", "Need", { communityId: current?.communityId ?? "" });
  if (!current) return { ok: false, reason: "NOT_FOUND" };

  const metByPartnershipId = input.needStatus === NeedStatus.MET ? (input.metByPartnershipId ?? null) : null;
  if (metByPartnershipId) {
    const partnership = await prisma.partnership.findFirst({
      where: { id: metByPartnershipId, communityId: current.communityId, ...agreedPartnershipWhere },
      select: { id: true },
    });
    if (!partnership) return { ok: false, reason: "PARTNERSHIP_NOT_ELIGIBLE" };
  }

  const next = { ...needColumns(input), needStatus: input.needStatus, metByPartnershipId };
  const { changed } = changedColumns(current, next, Object.keys(next) as (keyof typeof next)[], { unordered: ["aidTypes"] });
  if (changed.length === 0) return { ok: false, reason: "NOTHING_CHANGED" };

  await prisma.$transaction(async (tx) => {
    await tx.need.update({ where: { id: current.id }, data: next });
    await recordUpdated(tx, actor, TargetType.NEED, current.id, {
      before: { needStatus: current.needStatus, metByPartnershipId: current.metByPartnershipId },
      after: { needStatus: next.needStatus, metByPartnershipId: next.metByPartnershipId, changed },
    });
    // Only open needs are a search facet (and show on the profile): a status change moves them.
    await reindexCommunity(tx, current.communityId);
  });
  return { ok: true, message: "editPublished" };
}

export type WithdrawNeedResult = { ok: true; message: "saved" } | { ok: false; reason: "NOT_FOUND" | "ALREADY_DECIDED" };

/** Which statuses each decision moves from: a met need stays met; only a withdrawn one reopens. */
const WITHDRAWAL_STEPS = {
  withdraw: { from: [NeedStatus.OPEN, NeedStatus.IN_PROGRESS], to: NeedStatus.WITHDRAWN },
  reopen: { from: [NeedStatus.WITHDRAWN], to: NeedStatus.OPEN },
} as const;

/**
 * A need withdrawn by its community's official (or a moderator): it leaves matching and the public
 * lists; reopened, it is open again. The status condition sits in the write's `where`, so a stale
 * page cannot withdraw a need that was met meanwhile.
 */
export async function withdrawNeed(actor: PolicyViewer | null, input: NeedWithdrawalInput): Promise<WithdrawNeedResult> {
  const prisma = await db();
  const current = await prisma.need.findUnique({ where: { id: input.needId }, select: { id: true, communityId: true, needStatus: true } });
  authorize(actor, "update", "Need", { communityId: current?.communityId ?? "" });
  if (!current) return { ok: false, reason: "NOT_FOUND" };
  const { from, to } = WITHDRAWAL_STEPS[input.withdraw ? "withdraw" : "reopen"];
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.need.updateMany({
      where: { id: current.id, needStatus: { in: [...from] } },
      data: { needStatus: to, metByPartnershipId: null },
    });
    if (count === 0) return { ok: false as const, reason: "ALREADY_DECIDED" as const };
    await recordAudit(tx, {
      actor,
      action: "need.updated",
      targetType: TargetType.NEED,
      targetId: current.id,
      reason: input.withdraw ? (input.reason ?? null) : null,
      before: { needStatus: current.needStatus },
      after: { needStatus: to },
    });
    await reindexCommunity(tx, current.communityId);
    return { ok: true as const, message: "saved" as const };
  });
}
