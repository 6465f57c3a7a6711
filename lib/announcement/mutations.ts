import "server-only";
// Writes to announcements by their authors. Each takes the acting viewer explicitly and asks the
// policy first (lib/auth/policy.ts: a verified representative or official may create and update
// announcements of their own organisation or community; moderators may update any), and runs in
// one transaction with its audit entry. A new announcement is PENDING with no publishedAt: the
// moderator's approval publishes it and stamps publishedAt (lib/moderation/mutations.ts).
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordSubmitted, recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { editedPostSelect, ownerSubject, type ListingOwner } from "@/lib/listing/owner";
import { changedValues, editAppliesNow, fileChangeRequest, type ApplyResult, type FormValues } from "@/lib/listing/pending-edit";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { announcementFormValues, announcementValuesSelect } from "./edit-values";
import { announcementFormSchema, type AnnouncementForm } from "./schema";

export type CreateAnnouncementResult = { ok: true; slug: string };
export type UpdateAnnouncementResult =
  { ok: true; message: "announcementSaved" | "editSubmitted" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" };

/** The columns the form covers. */
function columns(input: AnnouncementForm) {
  return {
    title: localizedFrom(input, "title"),
    body: localizedFrom(input, "body"),
    sectors: input.sectors ?? [],
  } satisfies Partial<Prisma.AnnouncementUncheckedCreateInput>;
}

export async function createAnnouncement(
  actor: PolicyViewer | null,
  owner: ListingOwner,
  input: AnnouncementForm,
): Promise<CreateAnnouncementResult> {
  authorize(actor, "create", "Announcement", owner);
  const prisma = await db();
  const base = slugFrom(slugText(input, "title") || "announcement");
  const slug = await prisma.$transaction(async (tx) => {
    const announcement = await tx.announcement.create({
      data: {
        ...columns(input),
        slug: await uniqueSlug(base, slugsIn(tx.announcement)),
        ...owner,
        status: ModerationStatus.PENDING,
        publishedAt: null,
        createdById: actor.id,
      },
      select: { id: true, slug: true },
    });
    await recordSubmitted(tx, actor, TargetType.ANNOUNCEMENT, announcement);
    return announcement.slug;
  });
  return { ok: true, slug };
}

/**
 * An edit by the author's organisation or community, or a moderator. While the announcement is
 * not public, or when a moderator edits, it changes the row; an edit to a published one waits
 * as a ChangeRequest and the public keeps reading the published text until a moderator approves.
 */
export async function updateAnnouncement(
  actor: PolicyViewer | null,
  announcementId: string,
  input: AnnouncementForm,
): Promise<UpdateAnnouncementResult> {
  const prisma = await db();
  const existing = await prisma.announcement.findUnique({
    where: { id: announcementId },
    select: { ...editedPostSelect, ...announcementValuesSelect },
  });
  authorize(actor, "update", "Announcement", ownerSubject(existing));
  if (!existing) return { ok: false, reason: "NOT_FOUND" };
  const data = columns(input);
  if (!editAppliesNow(actor, "Announcement", existing.status)) {
    const diff = changedValues(announcementFormValues(existing), announcementFormValues(data));
    if (Object.keys(diff.after).length === 0) return { ok: false, reason: "NOTHING_CHANGED" };
    await prisma.$transaction((tx) => fileChangeRequest(tx, actor, { type: TargetType.ANNOUNCEMENT, id: announcementId }, diff));
    return { ok: true, message: "editSubmitted" };
  }
  await prisma.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id: announcementId }, data });
    await recordUpdated(tx, actor, TargetType.ANNOUNCEMENT, announcementId, {
      before: { title: asLocalizedText(existing.title) as Prisma.InputJsonObject },
      after: { title: data.title },
    });
  });
  return { ok: true, message: "announcementSaved" };
}

/** Applies an approved ChangeRequest: merged into the announcement as it is now and checked by the form's schema again. */
export async function applyAnnouncementChange(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  announcementId: string,
  changes: FormValues,
  requestId: string,
): Promise<ApplyResult> {
  const current = await tx.announcement.findUniqueOrThrow({ where: { id: announcementId }, select: announcementValuesSelect });
  const values = announcementFormValues(current);
  const parsed = announcementFormSchema.safeParse({ ...values, ...changes });
  if (!parsed.success) return { ok: false, reason: "CHANGE_INVALID" };
  const data = columns(parsed.data);
  await tx.announcement.update({ where: { id: announcementId }, data });
  await recordUpdated(tx, actor, TargetType.ANNOUNCEMENT, announcementId, changedValues(values, announcementFormValues(data)), requestId);
  return { ok: true };
}
