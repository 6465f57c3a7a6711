import "server-only";
// Writes to a community's profile by its verified officials (or a moderator). The official is
// verified, so an edit is published at once: no change request. The official data from the
// state codifier is never written here. One transaction: the row, its audit entry, its search row.
import type { Prisma } from "@/generated/prisma/client";
import { TargetType } from "@/generated/prisma/enums";
import { changedColumns } from "@/lib/audit/changes";
import { recordUpdated } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { localizedInput } from "@/lib/forms/fields";
import { reindexCommunity } from "@/lib/search/indexer";
import type { CommunityProfileInput } from "./schema";
import { communityEditableSelect } from "./selects";

/** The columns the edit form covers, as they would be written. */
function profileToColumns(input: CommunityProfileInput) {
  return {
    description: localizedInput(input.descriptionUk, input.descriptionEn),
    challenges: localizedInput(input.challengesUk, input.challengesEn),
    assetIndustry: localizedInput(input.assetIndustryUk, input.assetIndustryEn),
    assetHeritage: localizedInput(input.assetHeritageUk, input.assetHeritageEn),
    assetInfrastructure: localizedInput(input.assetInfrastructureUk, input.assetInfrastructureEn),
    offer: localizedInput(input.offerUk, input.offerEn),
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
    select: { hasProfile: true, ...communityEditableSelect },
  });
  if (!current) return { ok: false, reason: "NOT_FOUND" };

  const next = profileToColumns(input);
  const { changed, before, after } = changedColumns(current, next, editableColumns, { unordered: ["cooperationGoals", "preferredKinds"] });
  if (changed.length === 0 && current.hasProfile) return { ok: false, reason: "NOTHING_CHANGED" };
  const data: Prisma.CommunityUpdateInput = { hasProfile: true };
  for (const column of changed) Object.assign(data, { [column]: next[column] });
  if (!current.hasProfile) {
    before.hasProfile = false;
    after.hasProfile = true;
  }

  await prisma.$transaction(async (tx) => {
    await tx.community.update({ where: { id: communityId }, data });
    await recordUpdated(tx, actor, TargetType.COMMUNITY, communityId, { before, after });
    await reindexCommunity(tx, communityId);
  });
  return { ok: true, message: "editPublished" };
}
