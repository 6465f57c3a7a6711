// What a person may write about an organisation, validated once: the register and edit forms'
// server actions parse with these schemas (FormData via zod-form-data), mutations trust the
// result. Error messages are keys under `forms.errors` in messages/*.json.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { AidType, LocationPrecision, ModerationStatus, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { oblasts } from "@/lib/geo/data/oblasts";
import { isCountryCode } from "@/lib/i18n/iso-codes";
import { importFileFields } from "@/lib/import/form";
import { eurPerUnit } from "@/lib/money/eur";
import {
  emailAddress as email,
  httpUrl as url,
  languageCodes as languages,
  localizedTextFrom,
  localizedTexts,
  optionalText as text,
  pageLocale,
  recordKey,
  typedMoney,
  typedWholeNumber,
  withTypedCurrency,
  type LocalizedInput,
} from "@/lib/forms/fields";

const sectors = zfd.repeatable(z.array(z.enum(Sector, { error: "invalid" })).max(20));

// ── What it offers (partner matching) ──
/** Sane upper bounds: beyond these a typed number is a slip of the keyboard, not a budget. */
export const MAX_BUDGET_UNITS = 1_000_000_000;
export const MAX_POPULATION = 100_000_000;
export const budgetCurrencies = Object.keys(eurPerUnit) as [string, ...string[]];
const oblastCodes: ReadonlySet<string> = new Set(oblasts.map((oblast) => oblast.code));

// Typed as people write them ("25 000", "~€25,000"): lib/money/typed-amount.ts.
const amount = typedMoney(MAX_BUDGET_UNITS);
const population = typedWholeNumber(1, MAX_POPULATION);

/** A name of 2 characters or more in at least one of the languages (the error sits on the Ukrainian one, shown first). */
const hasName = (value: LocalizedInput<"name">) => Object.values(localizedTextFrom(value, "name")).some((name) => name.length >= 2);

/** Codes in a fixed order, each once: the form lists them in a per-language order. */
const codes = <T extends string>(item: z.ZodType<T>, max: number) =>
  zfd.repeatable(
    z
      .array(item)
      .max(max, { error: "tooLong" })
      .transform((list) => [...new Set(list)].sort()),
  );

const offerFields = {
  /** Marks a form that carries the offer section: without it the offer is not part of the edit
   *  (unticked boxes send nothing, so "absent" must not be read as "none" for other callers). */
  offer: zfd.text(z.literal("1").optional()),
  aidTypes: codes(z.enum(AidType, { error: "invalid" }), 5),
  operatingCountries: codes(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "invalid" }),
    60,
  ),
  operatingOblasts: codes(
    z.string().refine((code) => oblastCodes.has(code), { error: "invalid" }),
    oblasts.length,
  ),
  budgetMin: amount,
  budgetMax: amount,
  budgetCurrency: zfd.text(z.enum(budgetCurrencies, { error: "invalid" }).default("EUR")),
  population,
};

/** What an organisation offers, in form units; ./offer.ts turns it into columns. */
export interface OrganizationOffer {
  aidTypes: AidType[];
  operatingCountries: string[];
  operatingOblasts: string[];
  budgetMin?: number;
  budgetMax?: number;
  budgetCurrency: string;
  /** Only kept for foreign municipalities (./offer.ts). */
  population?: number;
}

/** The fields an edit may change (lib/organization/editable.ts lists the columns they write). */
export const organizationEditSchema = zfd
  .formData({
    ...localizedTexts("name", 200),
    ...localizedTexts("mission", 2000),
    ...localizedTexts("description", 8000),
    website: url,
    email,
    sectors,
    languages,
    ...offerFields,
  })
  .superRefine((value, ctx) => {
    // A listing needs a name people can read in at least one language, 2 characters or more.
    if (!hasName(value)) ctx.addIssue({ code: "custom", path: ["nameUk"], message: "required" });
    const { budgetMin: min, budgetMax: max } = value;
    // Two amounts in two different typed currencies cannot be one range.
    if (min?.currency && max?.currency && min.currency !== max.currency) {
      ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "currencyMismatch" });
    } else if (min !== undefined && max !== undefined && min.value > max.value) {
      ctx.addIssue({ code: "custom", path: ["budgetMax"], message: "minAboveMax" });
    }
  })
  .transform(({ offer, aidTypes, operatingCountries, operatingOblasts, budgetMin, budgetMax, budgetCurrency, population, ...rest }) => ({
    ...rest,
    offer: offer
      ? ({
          aidTypes,
          operatingCountries,
          operatingOblasts,
          budgetMin: budgetMin?.value,
          budgetMax: budgetMax?.value,
          budgetCurrency: withTypedCurrency(budgetCurrency, budgetMin, budgetMax),
          population,
        } satisfies OrganizationOffer)
      : undefined,
  }));

/** An edit as parsed from the form. Scripts and tests may leave `offer` out: it stays as it is. */
export type OrganizationEdit = Omit<z.infer<typeof organizationEditSchema>, "offer"> & { offer?: OrganizationOffer };

/** An edit names the organisation, and its slug for the page to refresh. */
export const organizationEditFormSchema = organizationEditSchema.and(zfd.formData({ organizationId: recordKey, slug: recordKey }));

export const organizationRegistrationSchema = zfd
  .formData({
    kind: zfd.text(z.enum(OrganizationKind, { error: "required" })),
    ...localizedTexts("name", 200),
    ...localizedTexts("mission", 2000),
    // An assigned ISO code as the country picker posts it: a name typed where a code belongs
    // ("Germany") is refused whole, never cut to "GE" (Georgia).
    country: zfd.text(z.string({ error: "required" }).trim().toUpperCase().refine(isCountryCode, { error: "invalid" })),
    city: zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" })),
    precision: zfd.text(z.enum(LocationPrecision).default(LocationPrecision.CITY)),
    lat: zfd.numeric(z.number().min(-90, { error: "invalid" }).max(90, { error: "invalid" }).optional()),
    lng: zfd.numeric(z.number().min(-180, { error: "invalid" }).max(180, { error: "invalid" }).optional()),
    website: url,
    email,
    sectors,
    languages,
    position: text(200),
  })
  .superRefine((value, ctx) => {
    if (!hasName(value)) ctx.addIssue({ code: "custom", path: ["nameUk"], message: "required" });
    if ((value.lat === undefined) !== (value.lng === undefined)) {
      ctx.addIssue({ code: "custom", path: [value.lat === undefined ? "lat" : "lng"], message: "required" });
    }
  });

export type OrganizationRegistration = z.infer<typeof organizationRegistrationSchema>;

/** `locale` is the page to land on afterwards. */
export const organizationRegistrationFormSchema = organizationRegistrationSchema.and(zfd.formData({ locale: pageLocale }));

// ── A moderator's bulk import (lib/organization/import.ts) ──
/** "true" / "false" as the open-data export writes them; empty is false. */
const exportBoolean = zfd.text(
  z
    .enum(["true", "false"], { error: "invalid" })
    .optional()
    .transform((value) => value === "true"),
);

/**
 * One imported row: the registration form's own fields and rules, plus the columns the open-data
 * export adds (lib/export/records.ts), so the export's file imports as is.
 */
export const organizationImportSchema = organizationRegistrationSchema.and(
  zfd.formData({
    slug: zfd.text(
      z
        .string()
        .max(80, { error: "tooLong" })
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "invalid" })
        .optional(),
    ),
    foundedYear: zfd.numeric(
      z.number().int({ error: "wholeNumber" }).min(1000, { error: "invalid" }).max(2100, { error: "invalid" }).optional(),
    ),
    verified: exportBoolean,
    isDemo: exportBoolean,
    updatedAt: zfd.text(z.iso.datetime({ error: "invalid" }).optional()),
  }),
);

export type OrganizationImportRow = z.infer<typeof organizationImportSchema>;

export { MAX_IMPORT_BYTES } from "@/lib/import/form";

export const organizationImportFormSchema = zfd.formData({
  ...importFileFields,
  status: zfd.text(z.enum([ModerationStatus.PENDING, ModerationStatus.PUBLISHED]).default(ModerationStatus.PENDING)),
});
