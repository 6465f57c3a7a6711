import "server-only";
import { db } from "@/lib/db/client";
import { membershipListingSelect } from "@/lib/membership/selects";

/** People for role management and blocking, newest first, optionally by email or name, with
 *  their roles in listings (so a moderator can revoke one). */
export async function listPeople(query: string | null, take = 50) {
  const prisma = await db();
  const q = query?.trim().slice(0, 100);
  return prisma.user.findMany({
    where: q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      isDemo: true,
      blockedAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, status: true, ...membershipListingSelect },
      },
    },
  });
}
