"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { Field, SelectField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { localeOptions, type Locale } from "@/lib/i18n/localized-text";
import { deleteAccountAction, updatePreferencesAction } from "@/lib/account/actions";

export function PreferencesForm({ name, locale, notifyByEmail }: { name: string; locale: Locale; notifyByEmail: boolean }) {
  const t = useTranslations("account");
  const [result, action] = useActionState(updatePreferencesAction, {});
  return (
    <form action={action} className="mt-3 max-w-md space-y-4">
      <Field label={t("name")} name="name" defaultValue={name} autoComplete="name" error={fieldError(result, "name")} />
      <SelectField label={t("language")} name="locale" defaultValue={locale} options={localeOptions} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="notifyByEmail" defaultChecked={notifyByEmail} className="mt-1 h-5 w-5" />
        <span>{t("notifyByEmail")}</span>
      </label>
      <SubmitButton>{t("save")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}

export function DeleteAccountForm({ locale }: { locale: string }) {
  const t = useTranslations("account");
  const [result, action] = useActionState(deleteAccountAction, {});
  return (
    <form action={action} className="mt-3 max-w-md space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <Field label={t("deleteConfirm")} name="confirm" autoComplete="off" error={fieldError(result, "confirm")} />
      <SubmitButton variant="danger">{t("deleteButton")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
