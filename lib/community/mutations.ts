import "server-only";
// Writes to a community's profile by its verified officials (or a moderator). The official is
// verified, so an edit is published at once: no change request. The official data from the
// state codifier is never written here. One transaction: the row, its audit entry, its search row.
import type { Prisma } from "@/generated/prisma/client";
import { TargetType } from "@/generated/prisma/enums";
import { changedColumns } from "@/lib/audit/changes";
import { recordAudit, recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedFrom } from "@/lib/forms/fields";
import { formatOf, importReport, type ImportReport } from "@/lib/import/file";
import { reindexCommunity } from "@/lib/search/indexer";
import { parseCommunityFile, unmatchedRows } from "./import";
import type { CommunityProfileInput } from "./schema";
import { communityEditableSelect } from "./selects";

/** The columns the edit form covers, as they would be written. */
function profileToColumns(input: CommunityProfileInput) {
  return {
    description: localizedFrom(input, "description"),
    challenges: localizedFrom(input, "challenges"),
    assetIndustry: localizedFrom(input, "assetIndustry"),
    assetHeritage: localizedFrom(input, "assetHeritage"),
    assetInfrastructure: localizedFrom(input, "assetInfrastructure"),
    offer: localizedFrom(input, "offer"),
    cooperationGoals: input.cooperationGoals,
    languages: input.languages,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    preferredCountries: input.preferredCountries,
    preferredKinds: input.preferredKinds,
    preferredPopulationMin: input.preferredPopulationMin ?? null,
    preferredPopulationMax: input.preferredPopulationMax ?? null,
  } satisfies Prisma.CommunityUpdateInput & Record<keyof typeof communityEditableSelect, unknown>;
}

// The form's columns and the select that reads them are one list: either without the other fails to compile.
type EditableColumn = keyof ReturnType<typeof profileToColumns>;
const editableColumns = Object.keys(communityEditableSelect satisfies Record<EditableColumn, true>) as EditableColumn[];

type StoredProfile = Prisma.CommunityGetPayload<{ select: typeof storedProfileSelect }>;
const storedProfileSelect = { hasProfile: true, ...communityEditableSelect } satisfies Prisma.CommunitySelect;

/** What writing `input` over the stored profile changes: the columns, the audit's before and after, the update. */
function profileChanges(current: StoredProfile, input: CommunityProfileInput) {
  const next = profileToColumns(input);
  const changes = changedColumns(current, next, editableColumns, { unordered: ["cooperationGoals", "preferredKinds"] });
  const data: Prisma.CommunityUpdateInput = { hasProfile: true };
  for (const column of changes.changed) Object.assign(data, { [column]: next[column] });
  if (!current.hasProfile) {
    changes.before.hasProfile = false;
    changes.after.hasProfile = true;
  }
  return { ...changes, data };
}

export type UpdateCommunityResult = { ok: true; message: "editPublished" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" };

export async function updateCommunityProfile(
  actor: PolicyViewer | null,
  communityId: string,
  input: CommunityProfileInput,
): Promise<UpdateCommunityResult> {
  authorize(actor, "update", "Community", { id: communityId });
  const prisma = await db();
  const current = await prisma.community.findUnique({
    where: { id: communityId },
    select: storedProfileSelect,
  });
  if (!current) return { ok: false, reason: "NOT_FOUND" };

  const { changed, before, after, data } = profileChanges(current, input);
  if (changed.length === 0 && current.hasProfile) return { ok: false, reason: "NOTHING_CHANGED" };

  await prisma.$transaction(async (tx) => {
    await tx.community.update({ where: { id: communityId }, data });
    await recordUpdated(tx, actor, TargetType.COMMUNITY, communityId, { before, after });
    await reindexCommunity(tx, communityId);
  });
  return { ok: true, message: "editPublished" };
}

export type ImportCommunitiesResult =
  /** `imported` is null for a preview. */
  | { ok: true; imported: number | null; report: ImportReport }
  | { ok: false; reason: "INVALID" | "CHANGED_SINCE_PREVIEW"; report: ImportReport }
  | { ok: false; reason: "NO_FILE" };

/**
 * A moderator's bulk update of community profiles by KATOTTG code (./import.ts): a preview, or
 * the previewed file written in one transaction with one audit entry. A row equal to the stored
 * profile is skipped, so re-importing a file writes nothing. Communities with a verified official
 * are updated too: a moderator may correct any profile (lib/auth/policy.ts lets moderators update
 * every community), and the audit entry keeps what each row changed.
 */
export async function importCommunityProfiles(
  actor: PolicyViewer | null,
  { file, previewedHash }: { file?: File; previewedHash?: string },
): Promise<ImportCommunitiesResult> {
  authorize(actor, "import", "Community");
  if (!file) return { ok: false, reason: "NO_FILE" };
  const prisma = await db();
  const parsed = await parseCommunityFile(file, formatOf(file.name, file.type));
  const stored = await prisma.community.findMany({
    where: { katottg: { in: parsed.rows.map((row) => row.katottg) } },
    select: { id: true, katottg: true, ...storedProfileSelect },
  });
  const byCode = new Map(stored.map((community) => [community.katottg, community]));
  const unmatched = unmatchedRows(parsed.rows, new Set(byCode.keys()));
  const changes = parsed.rows
    .filter((row) => !unmatched.some((error) => error.row === row.row))
    .map((row) => {
      const community = byCode.get(row.katottg)!;
      return { id: community.id, katottg: row.katottg, ...profileChanges(community, row.profile), hadProfile: community.hasProfile };
    });
  const fresh = changes.filter((change) => change.changed.length > 0 || !change.hadProfile);
  const report = importReport(parsed, { fresh, unchanged: changes.length - fresh.length }, unmatched);
  if (report.errorCount > 0) return { ok: false, reason: "INVALID", report };
  if (!previewedHash) return { ok: true, imported: null, report };
  if (previewedHash !== parsed.hash) return { ok: false, reason: "CHANGED_SINCE_PREVIEW", report };
  if (fresh.length === 0) return { ok: true, imported: 0, report };

  await prisma.$transaction(
    async (tx) => {
      for (const change of fresh) {
        await tx.community.update({ where: { id: change.id }, data: change.data });
        await reindexCommunity(tx, change.id);
      }
      await recordAudit(tx, {
        actor,
        action: "community.imported",
        targetType: TargetType.COMMUNITY,
        // An import is no one community: the file's hash names it.
        targetId: parsed.hash,
        after: {
          file: file.name,
          updated: fresh.length,
          unchanged: report.unchanged,
          changes: Object.fromEntries(fresh.map((change) => [change.katottg, { before: change.before, after: change.after }])),
        },
      });
    },
    // Some 1,500 communities with their search documents take longer than the default 5 seconds.
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
  return { ok: true, imported: fresh.length, report };
}
