// A need as an official writes it, validated once for the form's server action.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { AidType, NeedStatus, Sector, Urgency } from "@/generated/prisma/enums";
import { enumList, localizedTextFrom, localizedTexts, pageLocale, recordKey, typedMoney, withTypedCurrency } from "@/lib/forms/fields";
import { eurPerUnit } from "@/lib/money/eur";

export const needSchema = zfd
  .formData({
    communityId: recordKey,
    ...localizedTexts("title", 200),
    ...localizedTexts("description", 4000),
    // The form's list starts at "Choose…" (empty): a need's sector is asked, never assumed.
    sector: zfd.text(z.enum(Sector, { error: "choose" })),
    aidTypes: enumList(AidType),
    // As people write it: "~60 000", "60,000", "€ 60 000", "60 000,50 грн" (lib/money/typed-amount.ts).
    cost: typedMoney(1e10),
    currency: zfd.text(z.enum(Object.keys(eurPerUnit) as [string, ...string[]]).default("EUR")),
    // Optional, with a stated default: "medium" is what an official means when they do not say.
    urgency: zfd.text(z.enum(Urgency, { error: "invalid" }).default(Urgency.MEDIUM)),
    deadline: zfd.text(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" })
        .optional(),
    ),
  })
  .superRefine(
    (value, ctx) => {
      // A title of 3 characters or more in at least one language; the error sits on the Ukrainian one, shown first.
      if (!Object.values(localizedTextFrom(value, "title")).some((title) => title.length >= 3))
        ctx.addIssue({ code: "custom", path: ["titleUk"], message: "required" });
    },
    // Also when another field is refused: one answer names every field to correct.
    { when: () => true },
  )
  // A currency typed with the cost ("60 000 грн") is the need's currency; otherwise the list's.
  .transform(({ cost, currency, ...rest }) => ({ ...rest, cost: cost?.value, currency: withTypedCurrency(currency, cost) }));

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
/** A new need may be made from a residents' priority (lib/priorities): the idea's id travels with the form. */
export const needCreateFormSchema = needSchema.and(
  zfd.formData({
    communitySlug: recordKey,
    locale: pageLocale,
    priorityIdeaId: zfd.text(z.string().max(64, { error: "invalid" }).optional()),
  }),
);
export const needEditFormSchema = needEditSchema.and(zfd.formData({ communitySlug: recordKey }));
