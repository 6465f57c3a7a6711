import "server-only";
// Writes to events by their organisers. Each takes the acting viewer explicitly and asks the
// policy first (lib/auth/policy.ts: a verified representative or official may create and
// update events of their own organisation or community), runs in one transaction with its
// audit entry. A new event is PENDING: it appears once a moderator approves it, like any listing.
import type { Prisma } from "@/generated/prisma/client";
import { LocationPrecision, ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { ListingOwner } from "@/lib/listing/owner";
import { localizedInput } from "@/lib/forms/fields";
import { countryCenter, findCity } from "@/lib/geo/places";
import { publicPoint } from "@/lib/geo/precision";
import { slugFrom } from "@/lib/text/slug";
import { uniqueSlug } from "@/lib/text/unique-slug";
import type { EventForm } from "./schema";

export type CreateEventResult = { ok: true; slug: string } | { ok: false; reason: "UNKNOWN_PLACE" };
export type UpdateEventResult = { ok: true; message: "eventSaved" } | { ok: false; reason: "NOT_FOUND" | "UNKNOWN_PLACE" };

/** The columns the form covers. In-person events are placed at their city's centre (the form
 *  asks for no exact point), online ones have no point at all. */
function columns(input: EventForm): Omit<Prisma.EventUncheckedCreateInput, "slug" | "organizationId" | "communityId"> | null {
  let place: { lat: number; lng: number } | null = null;
  if (!input.isOnline && input.country && input.city) {
    place = findCity(input.country, input.city) ?? countryCenter(input.country) ?? null;
    if (!place) return null;
  }
  const shown = place && input.country && input.city
    ? publicPoint({ lat: place.lat, lng: place.lng, precision: LocationPrecision.CITY, country: input.country, city: input.city })
    : null;
  return {
    type: input.type,
    title: localizedInput(input.titleUk, input.titleEn),
    description: localizedInput(input.descriptionUk, input.descriptionEn),
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
  };
}

export async function createEvent(actor: PolicyViewer | null, owner: ListingOwner, input: EventForm): Promise<CreateEventResult> {
  authorize(actor, "create", "Event", owner);
  const data = columns(input);
  if (!data) return { ok: false, reason: "UNKNOWN_PLACE" };
  const prisma = await db();
  const base = slugFrom(input.titleEn || input.titleUk || "event");
  const slug = await prisma.$transaction(async (tx) => {
    const slug = await uniqueSlug(base, (prefix) => tx.event.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }));
    const event = await tx.event.create({
      data: { ...data, slug, ...owner, status: ModerationStatus.PENDING, createdById: actor.id },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, { actor, action: "event.submitted", targetType: TargetType.EVENT, targetId: event.id, after: { slug: event.slug, status: ModerationStatus.PENDING } });
    return event.slug;
  });
  return { ok: true, slug };
}

/** Edits by the organiser (or a moderator) apply directly: `update` in the policy. */
export async function updateEvent(actor: PolicyViewer | null, eventId: string, input: EventForm): Promise<UpdateEventResult> {
  const prisma = await db();
  const existing = await prisma.event.findUnique({ where: { id: eventId }, select: { id: true, organizationId: true, communityId: true, startsAt: true, endsAt: true, status: true } });
  authorize(actor, "update", "Event", { organizationId: existing?.organizationId ?? null, communityId: existing?.communityId ?? null });
  if (!existing) return { ok: false, reason: "NOT_FOUND" };
  const data = columns(input);
  if (!data) return { ok: false, reason: "UNKNOWN_PLACE" };
  await prisma.$transaction(async (tx) => {
    await tx.event.update({ where: { id: eventId }, data });
    await recordAudit(tx, {
      actor, action: "event.updated", targetType: TargetType.EVENT, targetId: eventId,
      before: { startsAt: existing.startsAt.toISOString(), endsAt: existing.endsAt.toISOString() },
      after: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
    });
  });
  return { ok: true, message: "eventSaved" };
}
