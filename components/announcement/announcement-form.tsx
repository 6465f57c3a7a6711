"use client";
// The announcement form for organisers: create (owner chosen from the person's verified
// listings) or edit. The body is Markdown; the hint says what renders, because raw HTML is
// dropped on display (components/announcement/markdown.tsx) rather than refused here.
import { useTranslations } from "next-intl";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { PostTargetFields, type PostFormProps } from "@/components/forms/post-target-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepValuesOnReset, useDraft } from "@/components/forms/use-draft";
import { createAnnouncementAction, updateAnnouncementAction } from "@/lib/announcement/actions";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

export interface AnnouncementFormValues extends LocalizedValues<"title" | "body"> {
  sectors: string[];
}

export function AnnouncementForm({ locale, owners = [], sectors, values, edit }: PostFormProps<AnnouncementFormValues>) {
  const t = useTranslations("announcementForm");
  const [result, action] = useStateAction(edit ? updateAnnouncementAction : createAnnouncementAction);
  const [draft, remember] = useDraft(values);
  const { error, group, pair } = bindFields(result, draft);
  return (
    <form action={action} onReset={keepValuesOnReset} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PostTargetFields idName="announcementId" edit={edit} owner={{ label: t("owner"), options: owners, error: error("owner") }} />
      <p className="text-sm text-muted">{t("languagesNote")}</p>
      <FieldPair labels={[t("titleUk"), t("titleEn")]} maxLength={200} {...pair("title")} />
      <div className="rounded-md border border-line bg-note-soft p-3 text-sm">
        <p className="font-medium">{t("markdownTitle")}</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          <li>{t("markdownParagraphs")}</li>
          <li>{t("markdownLists")}</li>
          <li>{t("markdownLinks")}</li>
          <li>{t("markdownEmphasis")}</li>
          <li>{t("markdownNoHtml")}</li>
        </ul>
      </div>
      <FieldPair labels={[t("bodyUk"), t("bodyEn")]} rows={10} hint={t("bodyHint")} maxLength={20_000} {...pair("body")} />
      <CheckboxGroup legend={t("sectors")} options={sectors} {...group("sectors")} />
      <SubmitButton>{edit ? t("save") : t("submit")}</SubmitButton>
      <FormMessage result={result} successText={t("saved")} />
    </form>
  );
}
