"use client";
// The event form for organisers: create (owner chosen from the person's verified listings) or
// edit. Times are typed in the event's own zone; the server turns them into UTC.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, type ActionResultLike } from "@/components/forms/action-result";
import type { StateAction } from "@/components/forms/action-form";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { Field, SelectField } from "@/components/forms/field";
import { FieldPair } from "@/components/forms/field-pair";
import { FormMessage } from "@/components/forms/form-message";
import { PostTargetFields } from "@/components/forms/post-target-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { createEventAction, updateEventAction } from "@/lib/event/actions";

type Option = { value: string; label: string };

export interface EventFormValues {
  type: string;
  titleUk: string;
  titleEn: string;
  descriptionUk: string;
  descriptionEn: string;
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

export const TIME_ZONES = [
  "Europe/Kyiv",
  "Europe/Berlin",
  "Europe/Warsaw",
  "Europe/Prague",
  "Europe/Vienna",
  "Europe/Paris",
  "Europe/Brussels",
  "Europe/Amsterdam",
  "Europe/Rome",
  "Europe/Madrid",
  "Europe/Lisbon",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Stockholm",
  "Europe/Oslo",
  "Europe/Copenhagen",
  "Europe/Helsinki",
  "Europe/Vilnius",
  "Europe/Riga",
  "Europe/Tallinn",
  "Europe/Bucharest",
  "Europe/Chisinau",
  "Europe/Zurich",
  "America/Toronto",
  "America/New_York",
  "America/Chicago",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Vancouver",
  "America/Los_Angeles",
  "Australia/Sydney",
  "UTC",
];

export function EventForm({
  mode,
  locale,
  owners = [],
  types,
  sectors,
  values,
  eventId,
  slug,
}: {
  mode: "create" | "edit";
  locale: string;
  owners?: Option[];
  types: Option[];
  sectors: Option[];
  values: EventFormValues;
  eventId?: string;
  slug?: string;
}) {
  const t = useTranslations("eventForm");
  // Both actions answer in the shape the form reads; one hook serves either mode.
  const chosen: StateAction = mode === "create" ? createEventAction : updateEventAction;
  const [result, action] = useActionState(chosen, {} as ActionResultLike);
  const e = (field: string) => fieldError(result, field);
  const unknownPlace = result?.data && !result.data.ok && result.data.reason === "UNKNOWN_PLACE";
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <PostTargetFields
        owner={{ label: t("owner"), options: owners, error: e("owner") }}
        edit={mode === "edit" ? { idName: "eventId", id: eventId, slug } : null}
      />
      <SelectField label={t("type")} name="type" options={types} defaultValue={values.type} error={e("type")} />
      <FieldPair name="title" labels={[t("titleUk"), t("titleEn")]} values={[values.titleUk, values.titleEn]} error={e} />
      <FieldPair
        name="description"
        labels={[t("descriptionUk"), t("descriptionEn")]}
        values={[values.descriptionUk, values.descriptionEn]}
        error={e}
        rows={4}
      />
      <SelectField
        label={t("timeZone")}
        name="timeZone"
        defaultValue={values.timeZone}
        error={e("timeZone")}
        options={[...new Set([values.timeZone, ...TIME_ZONES])].map((zone) => ({ value: zone, label: zone }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("starts")}
          hint={t("timesHint")}
          name="startsLocal"
          type="datetime-local"
          defaultValue={values.startsLocal}
          error={e("startsLocal")}
        />
        <Field label={t("ends")} name="endsLocal" type="datetime-local" defaultValue={values.endsLocal} error={e("endsLocal")} />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="isOnline" defaultChecked={values.isOnline} className="mt-1 h-5 w-5" />
        <span>{t("isOnline")}</span>
      </label>
      <Field
        label={t("onlineUrl")}
        name="onlineUrl"
        type="url"
        placeholder="https://"
        defaultValue={values.onlineUrl}
        error={e("onlineUrl")}
      />
      <Field label={t("venue")} name="venue" defaultValue={values.venue} error={e("venue")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("country")}
          hint={t("countryHint")}
          name="country"
          maxLength={2}
          defaultValue={values.country}
          error={e("country")}
        />
        <Field label={t("city")} name="city" defaultValue={values.city} error={e("city")} />
      </div>
      {unknownPlace ? (
        <p role="alert" className="text-danger">
          {t("unknownPlace")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("registrationUrl")}
          name="registrationUrl"
          type="url"
          placeholder="https://"
          defaultValue={values.registrationUrl}
          error={e("registrationUrl")}
        />
        <Field
          label={t("registrationDeadline")}
          name="registrationDeadlineLocal"
          type="datetime-local"
          defaultValue={values.registrationDeadlineLocal}
          error={e("registrationDeadlineLocal")}
        />
      </div>
      <Field label={t("languages")} hint={t("languagesHint")} name="languages" defaultValue={values.languages} error={e("languages")} />
      <CheckboxGroup legend={t("sectors")} name="sectors" options={sectors} selected={values.sectors} />
      <SubmitButton>{mode === "create" ? t("submit") : t("save")}</SubmitButton>
      {unknownPlace ? null : <FormMessage result={result} />}
    </form>
  );
}
