// Column sets of a need that its reads and writes share, named once.
import type { Prisma } from "@/generated/prisma/client";
import { publicPartnershipWhere } from "@/lib/listing/public-where";

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

/** The public partnerships that address a need (in progress or met through them), newest first. */
const addressedBySelect = {
  where: { partnership: publicPartnershipWhere },
  orderBy: { partnership: { createdAt: "desc" } },
  take: 1,
  select: { partnership: { select: { slug: true, title: true } } },
} satisfies Prisma.Need$partnershipsArgs;

/** A need as lists and its community's profile show it, with the public partnership that addresses it. */
export const needSummarySelect = {
  id: true,
  slug: true,
  ...needFormSelect,
  isDemo: true,
  priorityIdeaId: true,
  partnerships: addressedBySelect,
} satisfies Prisma.NeedSelect;

/** A need as an edit reads it: its community (the policy's subject) and the partnership that met it. */
export const needEditSelect = { id: true, communityId: true, ...needFormSelect, metByPartnershipId: true } satisfies Prisma.NeedSelect;
