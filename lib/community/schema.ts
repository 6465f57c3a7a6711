// What a community's officials may write about it, validated once for the edit form's server
// action. The official data (name, KATOTTG code, oblast, raion, population, coordinates,
// occupation status) comes from the state codifier and has no field here, so no form can change
// it. Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { CooperationGoal, OrganizationKind } from "@/generated/prisma/enums";
import { importFileFields } from "@/lib/import/form";
import {
  countryCodes,
  emailAddress,
  enumList,
  httpUrl,
  languageCodes,
  localizedTexts,
  recordKey,
  typedWholeNumber,
} from "@/lib/forms/fields";

/** Digits with the usual separators and an optional leading +: "+380 3548 2-11-43". */
const phone = zfd.text(
  z
    .string()
    .trim()
    .max(40, { error: "tooLong" })
    .regex(/^\+?[\d(][\d\s().-]{4,}$/, { error: "invalid" })
    .optional(),
);
/** A population bound of a partner municipality, typed as people write it ("25 000", "25,000"). */
const population = typedWholeNumber(0, 999_999_999);

export const communityProfileSchema = zfd
  .formData({
    ...localizedTexts("description", 8000),
    ...localizedTexts("challenges", 4000),
    ...localizedTexts("assetIndustry", 2000),
    ...localizedTexts("assetHeritage", 2000),
    ...localizedTexts("assetInfrastructure", 2000),
    ...localizedTexts("offer", 4000),
    cooperationGoals: enumList(CooperationGoal),
    languages: languageCodes,
    email: emailAddress,
    phone,
    website: httpUrl,
    preferredCountries: countryCodes,
    preferredKinds: enumList(OrganizationKind),
    preferredPopulationMin: population,
    preferredPopulationMax: population,
  })
  .superRefine((value, ctx) => {
    if (
      value.preferredPopulationMin !== undefined &&
      value.preferredPopulationMax !== undefined &&
      value.preferredPopulationMin > value.preferredPopulationMax
    ) {
      ctx.addIssue({ code: "custom", path: ["preferredPopulationMax"], message: "invalid" });
    }
  });

export type CommunityProfileInput = z.infer<typeof communityProfileSchema>;

/** The edit form names the community, and its slug for the pages to refresh. */
export const communityProfileFormSchema = communityProfileSchema.and(zfd.formData({ communityId: recordKey, slug: recordKey }));

/** The bulk import of profiles by KATOTTG code (./import.ts): the file, and on confirm its preview's hash. */
export const communityImportFormSchema = zfd.formData(importFileFields);
