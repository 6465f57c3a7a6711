import "server-only";
// Writes to organisations by people (moderation decisions live in lib/moderation). Each takes
// the acting viewer explicitly, checks the policy itself, runs in one transaction and writes the
// audit trail, so an action, a script or a test can call it the same way.
import type { Prisma } from "@/generated/prisma/client";
import { LocationPrecision, ModerationStatus, TargetType, type OrganizationKind } from "@/generated/prisma/enums";
import { recordAudit, recordSubmitted, recordUpdated } from "@/lib/audit/log";
import { authorize, can, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedFrom, slugText } from "@/lib/forms/fields";
import { countryCenter, findCity } from "@/lib/geo/places";
import { publicPoint } from "@/lib/geo/precision";
import { fileClaim } from "@/lib/membership/mutations";
import { reindexOrganization } from "@/lib/search/indexer";
import { slugFrom } from "@/lib/text/slug";
import { slugsIn, uniqueSlug } from "@/lib/text/unique-slug";
import { editableColumns, editableSelect, fromJsonValue, isEditableColumn, sameValue, toJsonValue } from "./editable";
import { classifyRows, formatOf, importReport, type ImportedOrganization, type ImportReport, parseImportFile } from "./import";
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
  const base = slugFrom(slugText(input, "name") || "organization");

  const slug = await prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({
      data: {
        slug: await uniqueSlug(base, slugsIn(tx.organization)),
        kind: input.kind,
        name: localizedFrom(input, "name"),
        mission: localizedFrom(input, "mission"),
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
    name: localizedFrom(input, "name"),
    mission: localizedFrom(input, "mission"),
    description: localizedFrom(input, "description"),
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

export type ImportResult =
  /** `imported` is null for a preview. */
  | { ok: true; imported: number | null; report: ImportReport }
  | { ok: false; reason: "INVALID" | "CHANGED_SINCE_PREVIEW"; report: ImportReport }
  | { ok: false; reason: "NO_FILE" };

/** Rows created per statement: a file of 50,000 is 50 inserts, not one huge one. */
const IMPORT_CHUNK = 1000;

/**
 * A moderator's bulk import (./import.ts). Without `previewedHash` it is a preview and writes
 * nothing; with it, the file is read and validated again and must be the one previewed (same
 * sha256). Then every new row is created in ONE transaction, all or nothing, as `status`, with one
 * audit entry for the whole import. Rows already there unchanged are skipped, so re-importing a
 * file writes nothing (and records nothing).
 */
export async function importOrganizations(
  actor: PolicyViewer | null,
  { file, ...input }: { file?: File; status: typeof ModerationStatus.PENDING | typeof ModerationStatus.PUBLISHED; previewedHash?: string },
): Promise<ImportResult> {
  authorize(actor, "import", "Organization");
  if (!file) return { ok: false, reason: "NO_FILE" };
  const prisma = await db();
  const parsed = await parseImportFile(file, formatOf(file.name, file.type));
  const existing = await prisma.organization.findMany({ select: importMatchSelect });
  const classified = classifyRows(parsed.rows, existing);
  const report = importReport(parsed, classified);
  if (report.errorCount > 0 || report.duplicateCount > 0) return { ok: false, reason: "INVALID", report };
  if (!input.previewedHash) return { ok: true, imported: null, report };
  if (input.previewedHash !== parsed.hash) return { ok: false, reason: "CHANGED_SINCE_PREVIEW", report };
  if (classified.fresh.length === 0) return { ok: true, imported: 0, report };

  const now = new Date();
  await prisma.$transaction(
    async (tx) => {
      for (let start = 0; start < classified.fresh.length; start += IMPORT_CHUNK) {
        const data = classified.fresh.slice(start, start + IMPORT_CHUNK).map((row) => importedColumns(row, input.status, actor.id, now));
        const created = await tx.organization.createManyAndReturn({ data, select: { id: true } });
        if (input.status === ModerationStatus.PUBLISHED) for (const { id } of created) await reindexOrganization(tx, id);
      }
      await recordAudit(tx, {
        actor,
        action: "organization.imported",
        targetType: TargetType.ORGANIZATION,
        // An import is no one listing: the file's hash names it.
        targetId: parsed.hash,
        after: {
          file: file.name,
          status: input.status,
          created: classified.fresh.length,
          unchanged: classified.unchanged,
          slugs: classified.fresh.map((row) => row.slug),
        },
      });
    },
    // 50,000 rows with their search documents take minutes, not the default 5 seconds.
    { timeout: 15 * 60_000, maxWait: 30_000 },
  );
  return { ok: true, imported: classified.fresh.length, report };
}

const importMatchSelect = {
  slug: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  publicLat: true,
  publicLng: true,
  website: true,
  sectors: true,
  languages: true,
  foundedYear: true,
  isVerified: true,
  isDemo: true,
} satisfies Prisma.OrganizationSelect;

/** An imported row's columns. Its point is public already (the export's), so it is stored as EXACT. */
function importedColumns(
  row: ImportedOrganization,
  status: ModerationStatus,
  createdById: string,
  now: Date,
): Prisma.OrganizationCreateManyInput {
  const precision = row.pointGiven ? LocationPrecision.EXACT : LocationPrecision.CITY;
  const point = publicPoint({ lat: row.lat, lng: row.lng, precision, country: row.country, city: row.city });
  return {
    slug: row.slug,
    kind: row.kind,
    name: localizedFrom(row, "name"),
    country: row.country,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    locationPrecision: precision,
    publicLat: point.lat,
    publicLng: point.lng,
    sectors: row.sectors,
    languages: row.languages,
    website: row.website,
    foundedYear: row.foundedYear,
    isVerified: row.isVerified,
    verifiedAt: row.isVerified ? now : null,
    isDemo: row.isDemo,
    status,
    publishedAt: status === ModerationStatus.PUBLISHED ? now : null,
    createdById,
    // The file's date (an export's), so exporting again gives the same file.
    updatedAt: row.updatedAt ?? now,
  };
}
