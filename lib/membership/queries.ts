import "server-only";
// Reads about a person's memberships that pages need.
import { db } from "@/lib/db/client";

/**
 * The organisations and communities a person may post events, announcements and polls for: their VERIFIED memberships
 * (the policy trusts nothing else), with names for the form's select.
 */
export async function listPostingOwners(
  memberships: readonly { status: string; role: string; organizationId: string | null; communityId: string | null }[],
) {
  const verified = memberships.filter((m) => m.status === "VERIFIED");
  const orgIds = verified.filter((m) => m.role === "REPRESENTATIVE" && m.organizationId).map((m) => m.organizationId!);
  const communityIds = verified.filter((m) => m.role === "OFFICIAL" && m.communityId).map((m) => m.communityId!);
  if (!orgIds.length && !communityIds.length) return { organizations: [], communities: [] };
  const prisma = await db();
  const [organizations, communities] = await Promise.all([
    prisma.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }),
    prisma.community.findMany({
      where: { id: { in: communityIds } },
      select: { id: true, name: true, shortName: true, altShortName: true, type: true, katottg: true, oblastCode: true },
    }),
  ]);
  return { organizations, communities };
}
