import "server-only";
// Writes to organisations by people (moderation decisions live in lib/moderation). Each takes
// the acting viewer explicitly, checks the policy itself, runs in one transaction and writes the
// audit trail, so an action, a script or a test can call it the same way.
import type { Prisma } from "@/generated/prisma/client";
import { ModerationStatus, TargetType, type OrganizationKind } from "@/generated/prisma/enums";
import { recordAudit, recordSubmitted, recordUpdated } from "@/lib/audit/log";
import { authorize, can, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedInput as localized } from "@/lib/forms/fields";
import { countryCenter, findCity } from "@/lib/geo/places";
import { publicPoint } from "@/lib/geo/precision";
import { fileClaim } from "@/lib/membership/mutations";
import { reindexOrganization } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { editableColumns, editableSelect, fromJsonValue, isEditableColumn, sameValue, toJsonValue } from "./editable";
import { offerColumns } from "./offer";
import type { OrganizationEdit, OrganizationRegistration } from "./schema";

export type RegisterResult = { ok: true; slug: string } | { ok: false; reason: "UNKNOWN_PLACE" };

/** A new organisation from a signed-in member: PENDING until a moderator approves it, with the
 *  person's own PENDING representative membership (their claim) beside it. */
export async function registerOrganization(actor: PolicyViewer | null, input: OrganizationRegistration): Promise<RegisterResult> {
  authorize(actor, "create", "Organization");
  const place =
    input.lat !== undefined && input.lng !== undefined
      ? { lat: input.lat, lng: input.lng }
      : (findCity(input.country, input.city) ?? countryCenter(input.country));
  if (!place) return { ok: false, reason: "UNKNOWN_PLACE" };
  const point = publicPoint({ lat: place.lat, lng: place.lng, precision: input.precision, country: input.country, city: input.city });
  const prisma = await db();
  const base = slugFrom(input.nameEn || input.nameUk || "organization");

  const slug = await prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: {
        slug: await uniqueSlug(base, slugsIn(tx.organization)),
        kind: input.kind,
        name: localized(input.nameUk, input.nameEn),
        mission: localized(input.missionUk, input.missionEn),
        country: input.country,
        city: input.city,
        lat: place.lat,
        lng: place.lng,
        locationPrecision: input.precision,
        publicLat: point.lat,
        publicLng: point.lng,
        sectors: input.sectors ?? [],
        languages: input.languages,
        website: input.website ?? null,
        email: input.email ?? null,
        status: ModerationStatus.PENDING,
        createdById: actor.id,
      },
      select: { id: true, slug: true },
    });
    await recordSubmitted(tx, actor, TargetType.ORGANIZATION, org);
    await fileClaim(tx, actor, { organizationId: org.id }, { title: input.position ?? null });
    return org.slug;
  });
  return { ok: true, slug };
}

/** The columns an edit form covers, as they would be written (the offer only when it is part of the edit). */
function editToColumns(input: OrganizationEdit, kind: OrganizationKind): Prisma.OrganizationUpdateInput {
  return {
    name: localized(input.nameUk, input.nameEn),
    mission: localized(input.missionUk, input.missionEn),
    description: localized(input.descriptionUk, input.descriptionEn),
    website: input.website ?? null,
    email: input.email ?? null,
    sectors: input.sectors ?? [],
    languages: input.languages,
    ...(input.offer ? offerColumns(input.offer, kind) : {}),
  };
}

export type EditResult = { ok: true; message: "editPublished" | "editSubmitted" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" };

/**
 * An edit. A verified representative (or a moderator) changes the listing at once; someone who
 * may only suggest (a pending claimant, the person who registered it) files a ChangeRequest and
 * the public keeps seeing the published version until a moderator approves it. A listing that
 * is not yet public is simply updated: nobody else sees it.
 */
export async function editOrganization(actor: PolicyViewer | null, organizationId: string, input: OrganizationEdit): Promise<EditResult> {
  const prisma = await db();
  const current = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, kind: true, createdById: true, status: true, ...editableSelect },
  });
  if (!current) return { ok: false, reason: "NOT_FOUND" };
  const subject = { id: current.id, createdById: current.createdById };
  const direct = can(actor, "update", "Organization", subject);
  if (!direct) authorize(actor, "suggest", "Organization", subject);

  const next = editToColumns(input, current.kind) as Record<string, unknown>;
  // `data` keeps the column types (BigInt); `before`/`after` are their JSON forms for the
  // ChangeRequest and the audit trail.
  const data: Record<string, unknown> = {};
  const before: Record<string, Prisma.InputJsonValue | null> = {};
  const after: Record<string, Prisma.InputJsonValue | null> = {};
  for (const column of editableColumns) {
    if (!(column in next) || sameValue(column, current[column], next[column])) continue;
    data[column] = next[column];
    before[column] = toJsonValue(current[column]);
    after[column] = toJsonValue(next[column]);
  }
  if (Object.keys(after).length === 0) return { ok: false, reason: "NOTHING_CHANGED" };

  const change = { before: before as Prisma.InputJsonObject, after: after as Prisma.InputJsonObject };
  const appliesNow = direct || current.status !== ModerationStatus.PUBLISHED;
  await prisma.$transaction(async (tx) => {
    if (appliesNow) {
      await tx.organization.update({ where: { id: current.id }, data: data as Prisma.OrganizationUpdateInput });
      await recordUpdated(tx, actor, TargetType.ORGANIZATION, current.id, change);
      await reindexOrganization(tx, current.id);
    } else {
      const request = await tx.changeRequest.create({
        data: { targetType: TargetType.ORGANIZATION, targetId: current.id, authorId: actor!.id, changes: change.after },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: "change.requested", targetType: TargetType.CHANGE_REQUEST, targetId: request.id, ...change });
    }
  });
  return { ok: true, message: appliesNow ? "editPublished" : "editSubmitted" };
}

/**
 * Applies an approved ChangeRequest's columns, through the same allow-list as an edit, and
 * returns what they were before in JSON form (for the audit trail).
 */
export async function applyOrganizationChanges(
  tx: Prisma.TransactionClient,
  organizationId: string,
  changes: Record<string, unknown>,
): Promise<Record<string, Prisma.InputJsonValue | null>> {
  const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: editableSelect });
  const data: Record<string, unknown> = {};
  const before: Record<string, Prisma.InputJsonValue | null> = {};
  for (const column of Object.keys(changes).filter(isEditableColumn)) {
    data[column] = fromJsonValue(column, changes[column]);
    before[column] = toJsonValue(current[column]);
  }
  await tx.organization.update({ where: { id: organizationId }, data: data as Prisma.OrganizationUpdateInput });
  await reindexOrganization(tx, organizationId);
  return before;
}
