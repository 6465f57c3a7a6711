// Column sets of a need that its reads and writes share, named once.
import type { Prisma } from "@/generated/prisma/client";

/** What the need form covers, its progress included. */
const needFormSelect = {
  title: true,
  description: true,
  sector: true,
  aidTypes: true,
  costMinor: true,
  currency: true,
  urgency: true,
  needStatus: true,
  deadline: true,
} satisfies Prisma.NeedSelect;

/** A need as lists and its community's profile show it. */
export const needSummarySelect = { id: true, slug: true, ...needFormSelect, isDemo: true } satisfies Prisma.NeedSelect;

/** A need as an edit reads it: its community (the policy's subject) and the partnership that met it. */
export const needEditSelect = { id: true, communityId: true, ...needFormSelect, metByPartnershipId: true } satisfies Prisma.NeedSelect;
