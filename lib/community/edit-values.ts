// A community's profile as its edit form posts it: the form's defaults on the edit page, and the
// starting point tests change a field of.
import type { Prisma } from "@/generated/prisma/client";
import { localizedValues } from "@/lib/forms/fields";
import type { communityEditableSelect } from "./selects";

type EditableCommunity = Prisma.CommunityGetPayload<{ select: typeof communityEditableSelect }>;

export function communityFormValues(community: EditableCommunity) {
  return {
    ...localizedValues("description", community.description),
    ...localizedValues("challenges", community.challenges),
    ...localizedValues("assetIndustry", community.assetIndustry),
    ...localizedValues("assetHeritage", community.assetHeritage),
    ...localizedValues("assetInfrastructure", community.assetInfrastructure),
    ...localizedValues("offer", community.offer),
    cooperationGoals: [...community.cooperationGoals] as string[],
    languages: community.languages.join(", "),
    email: community.email ?? "",
    phone: community.phone ?? "",
    website: community.website ?? "",
    preferredCountries: community.preferredCountries.join(", "),
    preferredKinds: [...community.preferredKinds] as string[],
    preferredPopulationMin: community.preferredPopulationMin?.toString() ?? "",
    preferredPopulationMax: community.preferredPopulationMax?.toString() ?? "",
  };
}
