// A need as an official writes it, validated once for the form's server action.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { AidType, NeedStatus, Sector, Urgency } from "@/generated/prisma/enums";
import { enumList, optionalText, pageLocale, recordKey } from "@/lib/forms/fields";
import { eurPerUnit } from "@/lib/money/eur";

export const needSchema = zfd
  .formData({
    communityId: recordKey,
    titleUk: optionalText(200),
    titleEn: optionalText(200),
    descriptionUk: optionalText(4000),
    descriptionEn: optionalText(4000),
    sector: zfd.text(z.enum(Sector, { error: "required" })),
    aidTypes: enumList(AidType),
    cost: zfd.numeric(z.number({ error: "invalid" }).nonnegative({ error: "invalid" }).max(1e10, { error: "invalid" }).optional()),
    currency: zfd.text(z.enum(Object.keys(eurPerUnit) as [string, ...string[]]).default("EUR")),
    urgency: zfd.text(z.enum(Urgency).default(Urgency.MEDIUM)),
    deadline: zfd.text(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" })
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if ((value.titleUk ?? "").length < 3 && (value.titleEn ?? "").length < 3)
      ctx.addIssue({ code: "custom", path: ["titleUk"], message: "required" });
  });

export type NeedInput = z.infer<typeof needSchema>;

/** An edit adds the need's progress: open, in progress or met, and the partnership that met it. */
export const needEditSchema = needSchema.and(
  zfd
    .formData({
      needId: recordKey,
      needStatus: zfd.text(z.enum(NeedStatus, { error: "required" })),
      metByPartnershipId: zfd.text(z.string().max(64, { error: "invalid" }).optional()),
    })
    // Only a met need was met by something: the choice is dropped for the other statuses.
    .transform((value) => ({ ...value, metByPartnershipId: value.needStatus === NeedStatus.MET ? value.metByPartnershipId : undefined })),
);

export type NeedEditInput = z.infer<typeof needEditSchema>;

/** The forms name their community's slug: where the new need is listed, and the pages to refresh. */
export const needCreateFormSchema = needSchema.and(zfd.formData({ communitySlug: recordKey, locale: pageLocale }));
export const needEditFormSchema = needEditSchema.and(zfd.formData({ communitySlug: recordKey }));
