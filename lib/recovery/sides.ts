// The sides of a partnership and which of them a person speaks for. Pure: the mutations use it to
// stamp who delivered and who may confirm, the pages to offer the right buttons.
import { MembershipStatus, PartnershipSide } from "@/generated/prisma/enums";
import type { PolicyViewer } from "@/lib/auth/policy";

export interface PartnershipSides {
  organizationId: string;
  communityId: string | null;
  partnerOrganizationId: string | null;
}

/** The sides this partnership has: the organisation, and a community or a partner organisation. */
export function sidesOf(partnership: PartnershipSides): PartnershipSide[] {
  return [
    PartnershipSide.ORGANIZATION,
    ...(partnership.communityId ? [PartnershipSide.COMMUNITY] : []),
    ...(partnership.partnerOrganizationId ? [PartnershipSide.PARTNER_ORGANIZATION] : []),
  ];
}

/** The side that is not `side` (a partnership has two). */
export function otherSideOf(partnership: PartnershipSides, side: PartnershipSide): PartnershipSide | null {
  return sidesOf(partnership).find((s) => s !== side) ?? null;
}

/** The sides `viewer` speaks for through a verified membership (none for a moderator as such). */
export function viewerSides(viewer: PolicyViewer | null, partnership: PartnershipSides): PartnershipSide[] {
  if (!viewer) return [];
  const verified = viewer.memberships.filter((m) => m.status === MembershipStatus.VERIFIED);
  const holds = (orgOrCommunity: { organizationId?: string | null; communityId?: string | null }) =>
    verified.some((m) =>
      orgOrCommunity.organizationId ? m.organizationId === orgOrCommunity.organizationId : m.communityId === orgOrCommunity.communityId,
    );
  const sides: PartnershipSide[] = [];
  if (holds({ organizationId: partnership.organizationId })) sides.push(PartnershipSide.ORGANIZATION);
  if (partnership.communityId && holds({ communityId: partnership.communityId })) sides.push(PartnershipSide.COMMUNITY);
  if (partnership.partnerOrganizationId && holds({ organizationId: partnership.partnerOrganizationId }))
    sides.push(PartnershipSide.PARTNER_ORGANIZATION);
  return sides;
}

/**
 * Whether `viewer` may confirm a milestone the side `deliveredBy` marked delivered: they speak
 * for the other side and not for that one (someone on both sides cannot vouch for themselves).
 */
export function mayConfirm(viewer: PolicyViewer | null, partnership: PartnershipSides, deliveredBy: PartnershipSide | null): boolean {
  if (!deliveredBy) return false;
  const sides = viewerSides(viewer, partnership);
  return sides.length > 0 && !sides.includes(deliveredBy);
}
