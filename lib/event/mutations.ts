import "server-only";
// Writes to events by their organisers. Each takes the acting viewer explicitly and asks the
// policy first (lib/auth/policy.ts: a verified representative or official may create and
// update events of their own organisation or community), runs in one transaction with its
// audit entry. A new event is PENDING: it appears once a moderator approves it, like any listing.
import type { Prisma } from "@/generated/prisma/client";
import { LocationPrecision, ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordSubmitted, recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { editedPostSelect, ownerSubject, type ListingOwner } from "@/lib/listing/owner";
import { changedValues, editAppliesNow, fileChangeRequest, type ApplyResult, type FormValues } from "@/lib/listing/pending-edit";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { countryCenter, findCity } from "@/lib/geo/places";
import { publicPoint } from "@/lib/geo/precision";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { eventFormValues, eventValuesSelect } from "./edit-values";
import { eventFormSchema, type EventForm } from "./schema";

export type CreateEventResult = { ok: true; slug: string } | { ok: false; reason: "UNKNOWN_PLACE" };
export type UpdateEventResult =
  { ok: true; message: "eventSaved" | "editSubmitted" } | { ok: false; reason: "NOT_FOUND" | "UNKNOWN_PLACE" | "NOTHING_CHANGED" };

/** The columns the form covers. In-person events are placed at their city's centre (the form
 *  asks for no exact point), online ones have no point at all. */
function columns(input: EventForm) {
  let place: { lat: number; lng: number } | null = null;
  if (!input.isOnline && input.country && input.city) {
    place = findCity(input.country, input.city) ?? countryCenter(input.country) ?? null;
    if (!place) return null;
  }
  const shown =
    place && input.country && input.city
      ? publicPoint({ lat: place.lat, lng: place.lng, precision: LocationPrecision.CITY, country: input.country, city: input.city })
      : null;
  return {
    type: input.type,
    title: localizedFrom(input, "title"),
    description: localizedFrom(input, "description"),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    isOnline: input.isOnline,
    onlineUrl: input.isOnline ? (input.onlineUrl ?? null) : null,
    venue: input.isOnline ? null : (input.venue ?? null),
    city: input.isOnline ? null : (input.city ?? null),
    country: input.isOnline ? null : (input.country ?? null),
    lat: place?.lat ?? null,
    lng: place?.lng ?? null,
    locationPrecision: LocationPrecision.CITY,
    publicLat: shown?.lat ?? null,
    publicLng: shown?.lng ?? null,
    registrationUrl: input.registrationUrl ?? null,
    registrationDeadline: input.registrationDeadline,
    languages: input.languages,
    sectors: input.sectors ?? [],
  } satisfies Omit<Prisma.EventUncheckedCreateInput, "slug" | "organizationId" | "communityId">;
}

export async function createEvent(actor: PolicyViewer | null, owner: ListingOwner, input: EventForm): Promise<CreateEventResult> {
  authorize(actor, "create", "Event", owner);
  const data = columns(input);
  if (!data) return { ok: false, reason: "UNKNOWN_PLACE" };
  const prisma = await db();
  const base = slugFrom(slugText(input, "title") || "event");
  const slug = await prisma.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...data, slug: await uniqueSlug(base, slugsIn(tx.event)), ...owner, status: ModerationStatus.PENDING, createdById: actor.id },
      select: { id: true, slug: true },
    });
    await recordSubmitted(tx, actor, TargetType.EVENT, event);
    return event.slug;
  });
  return { ok: true, slug };
}

/**
 * An edit by the organiser or a moderator. While the event is not public (pending, rejected)
 * or when a moderator edits, it changes the row; an edit to a published event waits as a
 * ChangeRequest and the public keeps seeing the published version until a moderator approves.
 */
export async function updateEvent(actor: PolicyViewer | null, eventId: string, input: EventForm): Promise<UpdateEventResult> {
  const prisma = await db();
  const existing = await prisma.event.findUnique({
    where: { id: eventId },
    select: { ...editedPostSelect, ...eventValuesSelect },
  });
  authorize(actor, "update", "Event", ownerSubject(existing));
  if (!existing) return { ok: false, reason: "NOT_FOUND" };
  const data = columns(input);
  if (!data) return { ok: false, reason: "UNKNOWN_PLACE" };
  if (!editAppliesNow(actor, "Event", existing.status)) {
    const diff = changedValues(eventFormValues(existing), eventFormValues({ ...existing, ...data }));
    if (Object.keys(diff.after).length === 0) return { ok: false, reason: "NOTHING_CHANGED" };
    await prisma.$transaction((tx) => fileChangeRequest(tx, actor, { type: TargetType.EVENT, id: eventId }, diff));
    return { ok: true, message: "editSubmitted" };
  }
  await prisma.$transaction(async (tx) => {
    await tx.event.update({ where: { id: eventId }, data });
    await recordUpdated(tx, actor, TargetType.EVENT, eventId, {
      before: { startsAt: existing.startsAt.toISOString(), endsAt: existing.endsAt.toISOString() },
      after: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    });
  });
  return { ok: true, message: "eventSaved" };
}

/** Applies an approved ChangeRequest: merged into the event as it is now and checked by the form's schema again. */
export async function applyEventChange(
  tx: Prisma.TransactionClient,
  actor: PolicyViewer,
  eventId: string,
  changes: FormValues,
  requestId: string,
): Promise<ApplyResult> {
  const current = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: eventValuesSelect });
  const values = eventFormValues(current);
  const parsed = eventFormSchema.safeParse({ ...values, ...changes });
  const data = parsed.success ? columns(parsed.data) : null;
  if (!data) return { ok: false, reason: "CHANGE_INVALID" };
  await tx.event.update({ where: { id: eventId }, data });
  await recordUpdated(tx, actor, TargetType.EVENT, eventId, changedValues(values, eventFormValues({ ...current, ...data })), requestId);
  return { ok: true };
}
