import "server-only";
// Needs registered by a community's verified officials: published at once (the official is
// verified), audited, and the community's search row re-projected (open-need sectors are a facet).
import { randomBytes } from "node:crypto";
import { ModerationStatus, NeedStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { reindexCommunity } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import type { NeedInput } from "./schema";

export type NeedResult = { ok: true; slug: string } | { ok: false; reason: "NOT_FOUND" };

export async function createNeed(actor: PolicyViewer | null, input: NeedInput): Promise<NeedResult> {
  authorize(actor, "create", "Need", { communityId: input.communityId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const community = await tx.community.findUnique({ where: { id: input.communityId }, select: { id: true, slug: true } });
    if (!community) return { ok: false as const, reason: "NOT_FOUND" as const };
    const slug = `${community.slug}-${slugFrom(input.titleEn || input.titleUk || "need", 40)}-${randomBytes(2).toString("hex")}`;
    const need = await tx.need.create({
      data: {
        slug,
        communityId: community.id,
        title: { ...(input.titleUk ? { uk: input.titleUk } : {}), ...(input.titleEn ? { en: input.titleEn } : {}) },
        description: { ...(input.descriptionUk ? { uk: input.descriptionUk } : {}), ...(input.descriptionEn ? { en: input.descriptionEn } : {}) },
        sector: input.sector,
        aidTypes: input.aidTypes ?? [],
        costMinor: input.cost !== undefined ? BigInt(Math.round(input.cost * 100)) : null,
        currency: input.cost !== undefined ? input.currency : null,
        urgency: input.urgency,
        deadline: input.deadline ? new Date(`${input.deadline}T23:59:59Z`) : null,
        needStatus: NeedStatus.OPEN,
        status: ModerationStatus.PUBLISHED,
      },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, { actor, action: "need.created", targetType: TargetType.NEED, targetId: need.id, after: { communityId: community.id, sector: input.sector } });
    await reindexCommunity(tx, community.id);
    return { ok: true as const, slug: need.slug };
  });
}
