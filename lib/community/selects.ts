// Column sets of a community that several modules read, named once. Pure (types only), so the
// search indexer, which also runs outside the Next.js server, can share them.
import type { Prisma } from "@/generated/prisma/client";

/** What a community's title needs (components/community/community-title.tsx): read wherever one is named. */
export const communityNameSelect = {
  katottg: true,
  oblastCode: true,
  type: true,
  name: true,
  shortName: true,
  altShortName: true,
} satisfies Prisma.CommunitySelect;

/** The texts its officials write about it: shown on the profile and searched. */
export const communityProfileTextSelect = {
  description: true,
  challenges: true,
  assetIndustry: true,
  assetHeritage: true,
  assetInfrastructure: true,
  offer: true,
} satisfies Prisma.CommunitySelect;

/** Every column the profile's edit form covers (lib/community/mutations.ts writes them). */
export const communityEditableSelect = {
  ...communityProfileTextSelect,
  cooperationGoals: true,
  languages: true,
  email: true,
  phone: true,
  website: true,
  preferredCountries: true,
  preferredKinds: true,
  preferredPopulationMin: true,
  preferredPopulationMax: true,
} satisfies Prisma.CommunitySelect;
