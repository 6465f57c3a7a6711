// Column sets of a membership that several modules read, named once.
import type { Prisma } from "@/generated/prisma/client";

/** The listing a membership is for, enough to name it and link to it. */
export const membershipListingSelect = {
  organization: { select: { slug: true, name: true } },
  community: { select: { slug: true, name: true } },
} satisfies Prisma.MembershipSelect;
