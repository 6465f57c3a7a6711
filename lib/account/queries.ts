import "server-only";
// What /account shows: the person's roles (any status), the listings they manage or registered,
// and their latest notifications.
import { db } from "@/lib/db/client";

export async function getAccountOverview(userId: string) {
  const prisma = await db();
  const [user, memberships, registered, notifications] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, notifyByEmail: true, role: true } }),
    prisma.membership.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true, role: true, status: true, title: true, decisionReason: true, createdAt: true,
        organization: { select: { id: true, slug: true, name: true, status: true } },
        community: { select: { id: true, slug: true, name: true, status: true } },
      },
    }),
    prisma.organization.findMany({ where: { createdById: userId }, orderBy: { createdAt: "desc" }, select: { id: true, slug: true, name: true, status: true } }),
    prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, kind: true, payload: true, createdAt: true, readAt: true } }),
  ]);
  return { user, memberships, registered, notifications };
}
