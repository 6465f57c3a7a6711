// An event as its edit form posts it: the form's defaults, what a pending change is compared
// with, and what an approved change is merged into before it is validated again.
import { localizedValues } from "@/lib/forms/fields";
import type { EventRow } from "./row";
import { utcToZonedLocal } from "./zoned-time";

/** The columns the edit form covers (eventValuesSelect below reads them). */
type EventValuesRow = Pick<EventRow, keyof typeof eventValuesSelect>;

export function eventFormValues(event: EventValuesRow) {
  return {
    type: event.type,
    ...localizedValues("title", event.title),
    ...localizedValues("description", event.description),
    timeZone: event.timeZone,
    startsLocal: utcToZonedLocal(event.startsAt, event.timeZone),
    endsLocal: utcToZonedLocal(event.endsAt, event.timeZone),
    isOnline: event.isOnline,
    onlineUrl: event.onlineUrl ?? "",
    venue: event.venue ?? "",
    city: event.city ?? "",
    country: event.country ?? "",
    registrationUrl: event.registrationUrl ?? "",
    registrationDeadlineLocal: event.registrationDeadline ? utcToZonedLocal(event.registrationDeadline, event.timeZone) : "",
    languages: event.languages.join(", "),
    sectors: [...event.sectors],
  };
}

export const eventValuesSelect = {
  type: true,
  title: true,
  description: true,
  timeZone: true,
  startsAt: true,
  endsAt: true,
  isOnline: true,
  onlineUrl: true,
  venue: true,
  city: true,
  country: true,
  registrationUrl: true,
  registrationDeadline: true,
  languages: true,
  sectors: true,
} as const;
