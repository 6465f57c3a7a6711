// A community's profile as its edit form posts it: the form's defaults on the edit page, and the
// starting point tests change a field of.
import type { Prisma } from "@/generated/prisma/client";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { communityEditableSelect } from "./selects";

type EditableCommunity = Prisma.CommunityGetPayload<{ select: typeof communityEditableSelect }>;

export function communityFormValues(community: EditableCommunity) {
  const pair = (value: unknown) => {
    const text = asLocalizedText(value);
    return [text.uk ?? "", text.en ?? ""] as const;
  };
  const [descriptionUk, descriptionEn] = pair(community.description);
  const [challengesUk, challengesEn] = pair(community.challenges);
  const [assetIndustryUk, assetIndustryEn] = pair(community.assetIndustry);
  const [assetHeritageUk, assetHeritageEn] = pair(community.assetHeritage);
  const [assetInfrastructureUk, assetInfrastructureEn] = pair(community.assetInfrastructure);
  const [offerUk, offerEn] = pair(community.offer);
  return {
    descriptionUk,
    descriptionEn,
    challengesUk,
    challengesEn,
    assetIndustryUk,
    assetIndustryEn,
    assetHeritageUk,
    assetHeritageEn,
    assetInfrastructureUk,
    assetInfrastructureEn,
    offerUk,
    offerEn,
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
