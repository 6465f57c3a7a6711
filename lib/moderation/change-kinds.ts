import "server-only";
// What a pending edit (ChangeRequest) needs of each kind of listing: its name and page, its
// current values in the terms the request's `changes` use (columns for organisations, form
// fields for posts), how to apply an approved change, and which cached pages that makes stale.
// One table instead of a branch per kind in the queue and in the decision.
import type { Prisma } from "@/generated/prisma/client";
import { TargetType } from "@/generated/prisma/enums";
import { applyAnnouncementChange } from "@/lib/announcement/mutations";
import { announcementFormValues, announcementValuesSelect } from "@/lib/announcement/edit-values";
import { recordUpdated } from "@/lib/audit/log";
import type { PolicyViewer } from "@/lib/auth/policy";
import { eventFormValues, eventValuesSelect } from "@/lib/event/edit-values";
import { applyEventChange } from "@/lib/event/mutations";
import type { ApplyResult, FormValues } from "@/lib/listing/pending-edit";
import { editableColumns, editableSelect, toJsonValue } from "@/lib/organization/editable";
import { applyOrganizationChanges } from "@/lib/organization/mutations";
import { pollFormValues, pollValuesSelect } from "@/lib/poll/edit-values";
import { applyPollChange } from "@/lib/poll/mutations";

type Tx = Prisma.TransactionClient;

export interface ChangeKind {
  read(db: Tx, id: string): Promise<{ name: unknown; path: string; values: Record<string, unknown> } | null>;
  apply(tx: Tx, actor: PolicyViewer, id: string, changes: Record<string, unknown>, requestId: string): Promise<ApplyResult>;
  /** Route patterns (for revalidatePath) whose cached copies the applied change makes stale. */
  stale(path: string): string[];
}

export const changeKinds: Partial<Record<TargetType, ChangeKind>> = {
  [TargetType.ORGANIZATION]: {
    async read(db, id) {
      const row = await db.organization.findUnique({ where: { id }, select: { slug: true, ...editableSelect } });
      // JSON form on both sides, so BigInt amounts read the same before and after.
      return (
        row && {
          name: row.name,
          path: `/organizations/${row.slug}`,
          values: Object.fromEntries(editableColumns.map((column) => [column, toJsonValue(row[column])])),
        }
      );
    },
    async apply(tx, actor, id, changes, requestId) {
      const before = (await applyOrganizationChanges(tx, id, changes)) as Prisma.InputJsonObject;
      await recordUpdated(tx, actor, TargetType.ORGANIZATION, id, { before, after: changes as Prisma.InputJsonObject }, requestId);
      return { ok: true };
    },
    stale: (path) => [`/[locale]${path}`],
  },
  [TargetType.EVENT]: {
    async read(db, id) {
      const row = await db.event.findUnique({ where: { id }, select: { slug: true, ...eventValuesSelect } });
      return row && { name: row.title, path: `/events/${row.slug}`, values: eventFormValues(row) };
    },
    apply: (tx, actor, id, changes, requestId) => applyEventChange(tx, actor, id, changes as FormValues, requestId),
    stale: (path) => [`/[locale]${path}`],
  },
  [TargetType.ANNOUNCEMENT]: {
    async read(db, id) {
      const row = await db.announcement.findUnique({ where: { id }, select: { slug: true, ...announcementValuesSelect } });
      return row && { name: row.title, path: `/announcements/${row.slug}`, values: announcementFormValues(row) };
    },
    apply: (tx, actor, id, changes, requestId) => applyAnnouncementChange(tx, actor, id, changes as FormValues, requestId),
    stale: (path) => [`/[locale]${path}`, "/[locale]/announcements"],
  },
  [TargetType.POLL]: {
    async read(db, id) {
      const row = await db.poll.findUnique({ where: { id }, select: { slug: true, ...pollValuesSelect } });
      return row && { name: row.question, path: `/polls/${row.slug}`, values: pollFormValues(row, row.options) };
    },
    apply: (tx, actor, id, changes, requestId) => applyPollChange(tx, actor, id, changes as FormValues, requestId),
    stale: (path) => [`/[locale]${path}`, "/[locale]/polls"],
  },
};
