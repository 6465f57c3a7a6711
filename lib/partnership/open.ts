// A partnership still "open" between two sides: proposed and not yet answered, or agreed and
// running. While one is, the pair is not offered "Propose" again and a second proposal is refused
// (lib/partnership/mutations.ts); declined and completed ones leave the pair free.
import type { Prisma } from "@/generated/prisma/client";
import { PartnershipStatus } from "@/generated/prisma/enums";
import { isShown } from "@/lib/listing/public-where";

export const OPEN_PARTNERSHIP_STATUSES = [PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE] as const;

export const openPartnershipWhere = {
  partnershipStatus: { in: [...OPEN_PARTNERSHIP_STATUSES] },
} satisfies Prisma.PartnershipWhereInput;

/** What a matches card says about a pair that already has an open partnership, and where it links. */
export interface OpenPartnership {
  state: "proposed" | "active";
  /** The public page when the public may see it, else the sides' proposals inbox. */
  href: string;
  /** Whether anyone may be told (an agreed, published partnership); a proposal only its sides. */
  isPublic: boolean;
}

export function describeOpenPartnership(row: {
  slug: string;
  partnershipStatus: PartnershipStatus;
  status: string;
  hiddenAt: Date | null;
}): OpenPartnership {
  const isPublic = row.partnershipStatus === PartnershipStatus.ACTIVE && isShown(row);
  return {
    state: row.partnershipStatus === PartnershipStatus.ACTIVE ? "active" : "proposed",
    href: isPublic ? `/partnerships/${row.slug}` : "/partnerships/proposals",
    isPublic,
  };
}

export const openPartnershipSelect = {
  slug: true,
  organizationId: true,
  communityId: true,
  partnershipStatus: true,
  status: true,
  hiddenAt: true,
} satisfies Prisma.PartnershipSelect;
