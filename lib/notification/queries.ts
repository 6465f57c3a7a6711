import "server-only";
// A person's notices: a page of them (unread first, then newest), the unread count the header
// and /account show, and one notice by id for opening it.
import { db } from "@/lib/db/client";
import { PAGE_SIZE } from "@/lib/query-string/parsers";

const noticeSelect = { id: true, kind: true, payload: true, createdAt: true, readAt: true } as const;

export async function countUnreadNotices(userId: string): Promise<number> {
  const prisma = await db();
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** One page, unread first (what needs reading stays on top), each group newest first. */
export async function listNotices(userId: string, page: number, pageSize = PAGE_SIZE) {
  const prisma = await db();
  const [total, unread, items] = await Promise.all([
    prisma.notification.count({ where: { userId } }),
    prisma.notification.count({ where: { userId, readAt: null } }),
    prisma.notification.findMany({
      where: { userId },
      // NULLS FIRST: unread rows have no readAt.
      orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: noticeSelect,
    }),
  ]);
  return { items, total, unread, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The latest few, for /account. */
export async function latestNotices(userId: string, take = 5) {
  return (await listNotices(userId, 1, take)).items;
}
