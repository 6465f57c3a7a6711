import "server-only";
// Writes to organisations by people (moderation decisions live in lib/moderation). Each takes
// the acting viewer explicitly, checks the policy itself, runs in one transaction and writes the
// audit trail, so an action, a script or a test can call it the same way.
import type { Prisma } from "@/generated/prisma/client";
import { MembershipRole, MembershipStatus, ModerationStatus, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, can, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { countryCenter, findCity } from "@/lib/geo/places";
import { publicPoint } from "@/lib/geo/precision";
import { reindexOrganization } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import type { OrganizationEdit, OrganizationRegistration } from "./schema";

export type RegisterResult = { ok: true; slug: string } | { ok: false; reason: "UNKNOWN_PLACE" };

function localized(uk: string | undefined, en: string | undefined): Prisma.InputJsonObject {
  return { ...(uk ? { uk } : {}), ...(en ? { en } : {}) };
}

/** A new organisation from a signed-in member: PENDING until a moderator approves it, with the
 *  person's own PENDING representative membership (their claim) beside it. */
export async function registerOrganization(actor: PolicyViewer | null, input: OrganizationRegistration): Promise<RegisterResult> {
  authorize(actor, "create", "Organization");
  const place = input.lat !== undefined && input.lng !== undefined
    ? { lat: input.lat, lng: input.lng }
    : (findCity(input.country, input.city) ?? countryCenter(input.country));
  if (!place) return { ok: false, reason: "UNKNOWN_PLACE" };
  const point = publicPoint({ lat: place.lat, lng: place.lng, precision: input.precision, country: input.country, city: input.city });
  const prisma = await db();
  const base = slugFrom(input.nameEn || input.nameUk || "organization");

  const slug = await prisma.$transaction(async (tx) => {
    const taken = new Set((await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
    taken.add("new"); // /organizations/new is the registration page
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const org = await tx.organization.create({
      data: {
        slug,
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
    const membership = await tx.membership.create({
      data: { userId: actor.id, organizationId: org.id, role: MembershipRole.REPRESENTATIVE, status: MembershipStatus.PENDING, title: input.position ?? null },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "organization.submitted", targetType: TargetType.ORGANIZATION, targetId: org.id, after: { slug: org.slug, status: ModerationStatus.PENDING } });
    await recordAudit(tx, { actor, action: "membership.requested", targetType: TargetType.MEMBERSHIP, targetId: membership.id, after: { organizationId: org.id } });
    return org.slug;
  });
  return { ok: true, slug };
}

/** The columns an edit form covers, as they would be written. */
export function editToColumns(input: OrganizationEdit): Prisma.OrganizationUpdateInput {
  return {
    name: localized(input.nameUk, input.nameEn),
    mission: localized(input.missionUk, input.missionEn),
    description: localized(input.descriptionUk, input.descriptionEn),
    website: input.website ?? null,
    email: input.email ?? null,
    sectors: input.sectors ?? [],
    languages: input.languages,
  };
}

const editableColumns = ["name", "mission", "description", "website", "email", "sectors", "languages"] as const;
type EditableColumn = (typeof editableColumns)[number];

export type EditResult =
  | { ok: true; message: "editPublished" | "editSubmitted" }
  | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" };

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
    select: { id: true, createdById: true, status: true, name: true, mission: true, description: true, website: true, email: true, sectors: true, languages: true },
  });
  if (!current) return { ok: false, reason: "NOT_FOUND" };
  const subject = { id: current.id, createdById: current.createdById };
  const direct = can(actor, "update", "Organization", subject);
  if (!direct) authorize(actor, "suggest", "Organization", subject);

  const next = editToColumns(input) as Record<EditableColumn, unknown>;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const column of editableColumns) {
    if (JSON.stringify(current[column]) !== JSON.stringify(next[column])) {
      before[column] = current[column];
      after[column] = next[column];
    }
  }
  if (Object.keys(after).length === 0) return { ok: false, reason: "NOTHING_CHANGED" };

  const appliesNow = direct || current.status !== ModerationStatus.PUBLISHED;
  await prisma.$transaction(async (tx) => {
    if (appliesNow) {
      await tx.organization.update({ where: { id: current.id }, data: after as Prisma.OrganizationUpdateInput });
      await recordAudit(tx, { actor, action: "organization.updated", targetType: TargetType.ORGANIZATION, targetId: current.id, before: before as Prisma.InputJsonObject, after: after as Prisma.InputJsonObject });
      await reindexOrganization(tx, current.id);
    } else {
      const request = await tx.changeRequest.create({
        data: { targetType: TargetType.ORGANIZATION, targetId: current.id, authorId: actor!.id, changes: after as Prisma.InputJsonObject },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: "change.requested", targetType: TargetType.CHANGE_REQUEST, targetId: request.id, before: before as Prisma.InputJsonObject, after: after as Prisma.InputJsonObject });
    }
  });
  return { ok: true, message: appliesNow ? "editPublished" : "editSubmitted" };
}

/** Applies an approved ChangeRequest's columns, through the same allow-list as an edit. */
export async function applyOrganizationChanges(tx: Prisma.TransactionClient, organizationId: string, changes: Record<string, unknown>): Promise<void> {
  const data: Record<string, unknown> = {};
  for (const column of editableColumns) if (column in changes) data[column] = changes[column];
  await tx.organization.update({ where: { id: organizationId }, data: data as Prisma.OrganizationUpdateInput });
  await reindexOrganization(tx, organizationId);
}
