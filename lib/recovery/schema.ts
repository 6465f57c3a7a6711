// What the two sides of a partnership post to its recovery plan (issue 18): milestones, money and
// in-kind help as IATI transactions, a milestone's steps, evidence, public questions and their
// answers; and the moderators' exchange rates. One schema per form, used by the server actions;
// messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { AidFlow, PartnershipSide } from "@/generated/prisma/enums";
import { optionalText, recordKey, typedMoney, typedWholeNumber, withTypedCurrency } from "@/lib/forms/fields";
import { eurPerUnit } from "@/lib/money/eur";

const isoDate = zfd.text(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" }));
const optionalIsoDate = zfd.text(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" })
    .optional(),
);
export const currencyCodes = Object.keys(eurPerUnit) as [string, ...string[]];
const currency = zfd.text(z.enum(currencyCodes, { error: "invalid" }).default("EUR"));

/** A reconstruction-registry (DREAM) project ID: letters, digits and dashes, as the registry prints them. */
export const registryIdPattern = /^[A-Za-z0-9][A-Za-z0-9-]{2,40}$/;
/** A Prozorro tender ID: UA-2025-03-14-000123-a. */
export const tenderIdPattern = /^UA-\d{4}-\d{2}-\d{2}-\d{6}-[a-z]$/;

export const milestoneSchema = zfd
  .formData({
    partnershipId: recordKey,
    titleUk: optionalText(200),
    titleEn: optionalText(200),
    plannedDate: optionalIsoDate,
    needIds: zfd.repeatableOfType(recordKey),
    registryProjectId: zfd.text(z.string().trim().regex(registryIdPattern, { error: "invalid" }).optional()),
    tenderId: zfd.text(z.string().trim().regex(tenderIdPattern, { error: "tenderId" }).optional()),
  })
  .superRefine(
    (value, ctx) => {
      if ((value.titleUk ?? "").length < 3 && (value.titleEn ?? "").length < 3)
        ctx.addIssue({ code: "custom", path: ["titleUk"], message: "required" });
    },
    { when: () => true },
  );
export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const transactionSchema = zfd
  .formData({
    partnershipId: recordKey,
    milestoneId: zfd.text(z.string().optional()),
    flow: zfd.text(z.enum(AidFlow, { error: "choose" })),
    // As people write it (lib/money/typed-amount.ts); in kind, the estimated value.
    amount: typedMoney(1e11),
    currency,
    date: isoDate,
    providerSide: zfd.text(z.enum(PartnershipSide, { error: "choose" })),
    inKind: zfd.checkbox(),
    quantity: typedWholeNumber(1, 1_000_000),
    item: optionalText(120),
    note: optionalText(500),
  })
  .superRefine(
    (value, ctx) => {
      if (!value.amount) ctx.addIssue({ code: "custom", path: ["amount"], message: "required" });
      if (value.inKind && !value.item) ctx.addIssue({ code: "custom", path: ["item"], message: "required" });
    },
    { when: () => true },
  )
  .transform(({ amount, currency, ...rest }) => ({
    ...rest,
    amount: amount!.value,
    currency: withTypedCurrency(currency, amount),
    // In kind, "a bus" is one bus.
    quantity: rest.inKind ? (rest.quantity ?? 1) : undefined,
    item: rest.inKind ? rest.item : undefined,
  }));
export type TransactionInput = z.infer<typeof transactionSchema>;

/** A milestone's next step: started, delivered, confirmed by the other side, or cancelled with a reason. */
export const milestoneStepSchema = zfd
  .formData({
    milestoneId: recordKey,
    step: zfd.text(z.enum(["start", "deliver", "confirm", "cancel"], { error: "invalid" })),
    reason: optionalText(500),
  })
  .superRefine((value, ctx) => {
    if (value.step === "cancel" && (value.reason ?? "").length < 3) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type MilestoneStepInput = z.infer<typeof milestoneStepSchema>;

export const evidenceSchema = zfd.formData({
  milestoneId: recordKey,
  caption: optionalText(200),
  file: zfd.file(z.instanceof(File, { error: "required" })),
});
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const questionSchema = zfd.formData({
  milestoneId: recordKey,
  body: zfd.text(z.string().trim().min(10, { error: "tooShort" }).max(1000, { error: "tooLong" })),
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const questionAnswerSchema = zfd.formData({
  questionId: recordKey,
  answer: zfd.text(z.string().trim().min(2, { error: "tooShort" }).max(2000, { error: "tooLong" })),
});
export type QuestionAnswerInput = z.infer<typeof questionAnswerSchema>;

export const hideQuestionSchema = zfd.formData({ questionId: recordKey, reason: optionalText(300) });

export const exchangeRateSchema = zfd.formData({
  currency: zfd.text(z.enum(currencyCodes, { error: "invalid" })),
  validFrom: isoDate,
  // Euros for one unit: "0.0225", "0,0225".
  eurPerUnit: zfd.text(
    z
      .string()
      .trim()
      .transform((v) => Number(v.replace(",", ".")))
      .pipe(z.number({ error: "invalid" }).positive({ error: "aboveZero" }).max(100_000, { error: "tooLarge" })),
  ),
});
export type ExchangeRateInput = z.infer<typeof exchangeRateSchema>;
