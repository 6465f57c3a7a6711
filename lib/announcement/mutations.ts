import "server-only";
// Writes to announcements by their authors. Each takes the acting viewer explicitly and asks the
// policy first (lib/auth/policy.ts: a verified representative or official may create and update
// announcements of their own organisation or community; moderators may update any), and runs in
// one transaction with its audit entry. A new announcement is PENDING with no publishedAt: the
// moderator's approval publishes it and stamps publishedAt (lib/moderation/mutations.ts).
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { ListingOwner } from "@/lib/listing/owner";
import { localizedInput } from "@/lib/forms/fields";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { slugFrom } from "@/lib/text/slug";
import { uniqueSlug } from "@/lib/text/unique-slug";
import type { AnnouncementForm } from "./schema";

export type CreateAnnouncementResult = { ok: true; slug: string };
export type UpdateAnnouncementResult = { ok: true; message: "announcementSaved" } | { ok: false; reason: "NOT_FOUND" };

/** The columns the form covers. */
function columns(input: AnnouncementForm) {
  return {
    title: localizedInput(input.titleUk, input.titleEn),
    body: localizedInput(input.bodyUk, input.bodyEn),
    sectors: input.sectors ?? [],
  } satisfies Partial<Prisma.AnnouncementUncheckedCreateInput>;
}

export async function createAnnouncement(actor: PolicyViewer | null, owner: ListingOwner, input: AnnouncementForm): Promise<CreateAnnouncementResult> {
  authorize(actor, "create", "Announcement", owner);
  const prisma = await db();
  const base = slugFrom(input.titleEn || input.titleUk || "announcement");
  const slug = await prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(base, (prefix) => tx.announcement.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }));
    const announcement = await tx.announcement.create({
      data: { ...columns(input), slug, ...owner, status: ModerationStatus.PENDING, publishedAt: null, createdById: actor.id },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actor, action: "announcement.submitted", targetType: TargetType.ANNOUNCEMENT, targetId: announcement.id,
      after: { slug: announcement.slug, status: ModerationStatus.PENDING },
    });
    return announcement.slug;
  });
  return { ok: true, slug };
}

/** Edits by the author's organisation or community (or a moderator) apply directly: `update` in the policy. */
export async function updateAnnouncement(actor: PolicyViewer | null, announcementId: string, input: AnnouncementForm): Promise<UpdateAnnouncementResult> {
  const prisma = await db();
  const existing = await prisma.announcement.findUnique({ where: { id: announcementId }, select: { id: true, organizationId: true, communityId: true, title: true } });
  authorize(actor, "update", "Announcement", { organizationId: existing?.organizationId ?? null, communityId: existing?.communityId ?? null });
  if (!existing) return { ok: false, reason: "NOT_FOUND" };
  const data = columns(input);
  await prisma.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id: announcementId }, data });
    await recordAudit(tx, {
      actor, action: "announcement.updated", targetType: TargetType.ANNOUNCEMENT, targetId: announcementId,
      before: { title: asLocalizedText(existing.title) as Prisma.InputJsonObject },
      after: { title: data.title },
    });
  });
  return { ok: true, message: "announcementSaved" };
}
