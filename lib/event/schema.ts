// What an organisation representative or community official may write about an event,
// validated once (FormData via zod-form-data) for the create and edit actions. Times are typed
// as wall-clock times in the event's own zone and turned into UTC instants here. Error
// messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { EventType, Sector } from "@/generated/prisma/enums";
import {
  httpUrl,
  languageCodes,
  localizedTextFrom,
  localizedTexts,
  optionalText,
  pageLocale,
  recordKey,
  wallClockTime,
} from "@/lib/forms/fields";
import { isCountryCode } from "@/lib/i18n/iso-codes";
import { ownerField } from "@/lib/listing/owner";
import { isTimeZone, zonedLocalToUtc } from "./zoned-time";

export const eventFormSchema = zfd
  .formData({
    type: zfd.text(z.enum(EventType, { error: "required" })),
    ...localizedTexts("title", 200),
    ...localizedTexts("description", 8000),
    timeZone: zfd.text(z.string({ error: "required" }).trim().refine(isTimeZone, { error: "invalid" })),
    startsLocal: wallClockTime,
    endsLocal: wallClockTime,
    isOnline: zfd.checkbox(),
    onlineUrl: httpUrl,
    venue: optionalText(200),
    city: optionalText(120),
    // An assigned ISO code, as the country picker posts it (lib/i18n/iso-codes.ts).
    country: zfd.text(z.string().trim().toUpperCase().refine(isCountryCode, { error: "invalid" }).optional()),
    registrationUrl: httpUrl,
    registrationDeadlineLocal: wallClockTime,
    languages: languageCodes,
    sectors: zfd.repeatable(z.array(z.enum(Sector, { error: "invalid" })).max(20)),
  })
  .superRefine((value, ctx) => {
    // A title of 3 characters or more in at least one language; the error sits on the Ukrainian one, shown first.
    if (!Object.values(localizedTextFrom(value, "title")).some((title) => title.length >= 3))
      ctx.addIssue({ code: "custom", path: ["titleUk"], message: "required" });
    if (!value.startsLocal) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "required" });
    if (!value.endsLocal) ctx.addIssue({ code: "custom", path: ["endsLocal"], message: "required" });
    if (value.isOnline && !value.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "required" });
    if (!value.isOnline && !value.city) ctx.addIssue({ code: "custom", path: ["city"], message: "required" });
    if (!value.isOnline && !value.country) ctx.addIssue({ code: "custom", path: ["country"], message: "required" });
  })
  .transform((value, ctx) => {
    const startsAt = value.startsLocal ? zonedLocalToUtc(value.startsLocal, value.timeZone) : null;
    const endsAt = value.endsLocal ? zonedLocalToUtc(value.endsLocal, value.timeZone) : null;
    const registrationDeadline = value.registrationDeadlineLocal ? zonedLocalToUtc(value.registrationDeadlineLocal, value.timeZone) : null;
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "invalid" });
    if (!endsAt || (startsAt && endsAt <= startsAt)) ctx.addIssue({ code: "custom", path: ["endsLocal"], message: "endBeforeStart" });
    if (registrationDeadline && endsAt && registrationDeadline > endsAt)
      ctx.addIssue({ code: "custom", path: ["registrationDeadlineLocal"], message: "invalid" });
    return { ...value, startsAt: startsAt ?? new Date(NaN), endsAt: endsAt ?? new Date(NaN), registrationDeadline };
  });

export type EventForm = z.output<typeof eventFormSchema>;

/** A new event names its owner; `locale` is the page to land on afterwards. */
export const eventCreateSchema = eventFormSchema.and(zfd.formData({ owner: ownerField, locale: pageLocale }));

/** An edit names the event, and its slug for the pages to refresh. */
export const eventUpdateSchema = eventFormSchema.and(zfd.formData({ eventId: recordKey, slug: recordKey }));
