"use client";
// The announcement form for organisers: create (owner chosen from the person's verified
// listings) or edit. The body is Markdown; the hint says what renders, because raw HTML is
// dropped on display (components/announcement/markdown.tsx) rather than refused here.
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { fieldError, type ActionResultLike } from "@/components/forms/action-result";
import type { StateAction } from "@/components/forms/action-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { useErrorText } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { PostTargetFields } from "@/components/forms/post-target-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { createAnnouncementAction, updateAnnouncementAction } from "@/lib/announcement/actions";

type Option = { value: string; label: string };

export interface AnnouncementFormValues {
  titleUk: string;
  titleEn: string;
  bodyUk: string;
  bodyEn: string;
  sectors: string[];
}

export function AnnouncementForm({
  mode,
  locale,
  owners = [],
  sectors,
  values,
  announcementId,
  slug,
}: {
  mode: "create" | "edit";
  locale: string;
  owners?: Option[];
  sectors: Option[];
  values: AnnouncementFormValues;
  announcementId?: string;
  slug?: string;
}) {
  const t = useTranslations("announcementForm");
  const errorText = useErrorText();
  // Both actions answer in the shape the form reads; one hook serves either mode.
  const chosen: StateAction = mode === "create" ? createAnnouncementAction : updateAnnouncementAction;
  const [result, action] = useActionState(chosen, {} as ActionResultLike);
  // React resets a form after its action runs; remembering what was sent as the new defaults
  // keeps a long body on screen when a field needs correcting.
  const [draft, setDraft] = useState(values);
  const remember = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    setDraft({
      titleUk: text("titleUk"),
      titleEn: text("titleEn"),
      bodyUk: text("bodyUk"),
      bodyEn: text("bodyEn"),
      sectors: data.getAll("sectors").map(String),
    });
  };
  const e = (field: string) => fieldError(result, field);
  return (
    <form action={action} onSubmit={remember} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PostTargetFields
        owner={{ label: t("owner"), options: owners, error: e("owner") }}
        edit={mode === "edit" ? { idName: "announcementId", id: announcementId, slug } : null}
      />
      <p className="text-sm text-muted">{t("languagesNote")}</p>
      <FieldPair name="title" labels={[t("titleUk"), t("titleEn")]} values={[draft.titleUk, draft.titleEn]} error={e} maxLength={200} />
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
      <FieldPair
        name="body"
        labels={[t("bodyUk"), t("bodyEn")]}
        values={[draft.bodyUk, draft.bodyEn]}
        error={e}
        rows={10}
        hint={t("bodyHint")}
        maxLength={20_000}
      />
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={draft.sectors} error={errorText(e("sectors"))} />
      <SubmitButton>{mode === "create" ? t("submit") : t("save")}</SubmitButton>
      <FormMessage result={result} successText={t("saved")} />
    </form>
  );
}
