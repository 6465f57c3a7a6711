"use client";
// The event form for organisers: create (owner chosen from the person's verified listings) or
// edit. Times are typed in the event's own zone; the server turns them into UTC.
import { useTranslations } from "next-intl";
import { refusalReason } from "@/components/forms/action-result";
import { useStateAction } from "@/components/forms/action-form";
import { bindFields } from "@/components/forms/bind-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { CodePicker } from "@/components/forms/code-picker";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { PlaceFields } from "@/components/forms/place-fields";
import { PostTargetFields, type PostFormProps } from "@/components/forms/post-target-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { keepValuesOnReset } from "@/components/forms/use-draft";
import { createEventAction, updateEventAction } from "@/lib/event/actions";
import type { PickerOption } from "@/lib/i18n/option-search";
import type { LocalizedValues } from "@/lib/forms/localized-fields";

type Option = { value: string; label: string };

export interface EventFormValues extends LocalizedValues<"title" | "description"> {
  type: string;
  timeZone: string;
  startsLocal: string;
  endsLocal: string;
  isOnline: boolean;
  onlineUrl: string;
  venue: string;
  city: string;
  country: string;
  registrationUrl: string;
  registrationDeadlineLocal: string;
  languages: string;
  sectors: string[];
}

export function EventForm({
  locale,
  owners = [],
  types,
  sectors,
  countries,
  languages,
  values,
  edit,
}: PostFormProps<EventFormValues> & { types: Option[]; countries: PickerOption[]; languages: PickerOption[] }) {
  const t = useTranslations("eventForm");
  const tForms = useTranslations("forms");
  const [result, action] = useStateAction(edit ? updateEventAction : createEventAction);
  const { error, input, pair } = bindFields(result, values);
  const unknownPlace = refusalReason(result) === "UNKNOWN_PLACE";
  return (
    <form action={action} onReset={keepValuesOnReset} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PostTargetFields idName="eventId" edit={edit} owner={{ label: t("owner"), options: owners, error: error("owner") }} />
      <SelectField label={t("type")} options={types} placeholder={tForms("choose")} {...input("type")} />
      <FieldPair labels={[t("titleUk"), t("titleEn")]} {...pair("title")} />
      <FieldPair labels={[t("descriptionUk"), t("descriptionEn")]} rows={4} {...pair("description")} />
      <TimeZoneField label={t("timeZone")} {...input("timeZone")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("starts")} hint={t("timesHint")} type="datetime-local" {...input("startsLocal")} />
        <Field label={t("ends")} type="datetime-local" {...input("endsLocal")} />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="isOnline" defaultChecked={values.isOnline} className="mt-1 h-5 w-5" />
        <span>{t("isOnline")}</span>
      </label>
      <Field label={t("onlineUrl")} type="url" placeholder="https://" {...input("onlineUrl")} />
      <Field label={t("venue")} {...input("venue")} />
      <PlaceFields
        countries={countries}
        country={{ label: t("country"), allowEmpty: true, ...input("country") }}
        city={{ label: t("city"), ...input("city") }}
      />
      {unknownPlace ? (
        <p role="alert" className="text-danger">
          {t("unknownPlace")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("registrationUrl")} type="url" placeholder="https://" {...input("registrationUrl")} />
        <Field label={t("registrationDeadline")} type="datetime-local" {...input("registrationDeadlineLocal")} />
      </div>
      <CodePicker label={t("languages")} options={languages} multiple codesHint="uk, de" {...input("languages")} />
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={values.sectors} />
      <SubmitButton>{edit ? t("save") : t("submit")}</SubmitButton>
      {unknownPlace ? null : <FormMessage result={result} />}
    </form>
  );
}
