// What a person may post about their own account, validated once for its server actions.
// Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { optionalText, pageLocale } from "@/lib/forms/fields";
import { locales } from "@/lib/i18n/localized-text";

export const preferencesSchema = zfd.formData({
  name: optionalText(120),
  locale: zfd.text(z.enum(locales)),
  notifyByEmail: zfd.checkbox(),
});

export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** Deleting is confirmed by typing DELETE; `locale` is the page to land on afterwards. */
export const deleteAccountSchema = zfd.formData({
  confirm: zfd.text(z.literal("DELETE", { error: "invalid" })),
  locale: pageLocale,
});
