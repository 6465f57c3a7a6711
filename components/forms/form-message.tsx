"use client";
// The one line under a form that says what happened: done, refused (with the reason), or why the
// input was not accepted. aria-live so a screen reader announces it after submitting.
import { useTranslations } from "next-intl";
import { loose } from "@/components/i18n/loose-translator";
import type { ActionResultLike } from "./action-result";

export function FormMessage({
  result,
  successText,
  reasons,
}: {
  result: ActionResultLike | undefined;
  successText?: string;
  /** The refusals this form words itself, by reason; the others read forms.reasons. */
  reasons?: Record<string, string>;
}) {
  const t = loose(useTranslations("forms"));
  let tone: "ok" | "error" | null = null;
  let text = "";
  if (result?.serverError) {
    tone = "error";
    text = t.has(`server.${result.serverError}`) ? t(`server.${result.serverError}`) : t("server.UNEXPECTED");
  } else if (result?.validationErrors) {
    tone = "error";
    const first = result.validationErrors.formErrors[0];
    text = first && t.has(`errors.${first}`) ? t(`errors.${first}`) : t("checkFields");
  } else if (result?.data && !result.data.ok) {
    tone = "error";
    const { reason } = result.data;
    text = reasons?.[reason] ?? (t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : t("server.UNEXPECTED"));
  } else if (result?.data?.ok) {
    tone = "ok";
    text =
      result.data.message && t.has(`done.${result.data.message}`) ? t(`done.${result.data.message}`) : (successText ?? t("done.saved"));
  }
  return (
    <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${tone === "error" ? "text-danger" : "text-success"}`}>
      {text}
    </p>
  );
}
