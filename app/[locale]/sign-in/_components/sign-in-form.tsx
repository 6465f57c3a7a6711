"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError } from "@/components/forms/action-result";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestSignInLink } from "../actions";

export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("auth");
  const [result, formAction] = useActionState(requestSignInLink, {});
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" required error={fieldError(result, "email")} />
      <SubmitButton>{t("sendLink")}</SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
