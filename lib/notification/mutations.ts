import "server-only";
// Marking a person's own notices read. Only their own: every write is scoped by userId, so an id
// guessed from someone else's notice changes nothing.
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { readPayload } from "./payload";

/**
 * Marks one notice read and answers where it leads (path without locale), or null when it is not
 * this person's. Opening a notice through its link calls this.
 */
export async function openNotice(actor: PolicyViewer | null, noticeId: string): Promise<{ path: string | null } | null> {
  authorize(actor, "update", "User", { id: actor?.id ?? "" });
  const prisma = await db();
  const notice = await prisma.notification.findFirst({ where: { id: noticeId, userId: actor.id }, select: { payload: true } });
  if (!notice) return null;
  await prisma.notification.updateMany({ where: { id: noticeId, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { path: readPayload(notice.payload).url };
}

export async function markNoticeRead(actor: PolicyViewer | null, input: { noticeId: string }): Promise<{ ok: true; message: "saved" }> {
  authorize(actor, "update", "User", { id: actor?.id ?? "" });
  const prisma = await db();
  await prisma.notification.updateMany({ where: { id: input.noticeId, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { ok: true, message: "saved" };
}

export async function markAllNoticesRead(actor: PolicyViewer | null): Promise<{ ok: true; message: "saved"; count: number }> {
  authorize(actor, "update", "User", { id: actor?.id ?? "" });
  const prisma = await db();
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { ok: true, message: "saved", count };
}
