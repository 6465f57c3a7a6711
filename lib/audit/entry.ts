// How one audit row reads to a person, decided without the database (the trail's read in
// ./queries.ts fetches, this decides): in which capacity the actor acted and which fields an edit
// changed. Pure, so both rules are unit-tested.
import { localeSuffix } from "@/lib/forms/localized-fields";
import { locales, type Locale } from "@/lib/i18n/localized-text";
import type { AuditAction } from "./actions";

/** "titleUk", "titleDe": a form field of one language, its suffix the locale with a capital. */
const fieldLanguage = new RegExp(`[a-z](${locales.map(localeSuffix).join("|")})$`);

/** The capacity an actor acted in, as the trail names it. `of` is the listing's localized name. */
export type ActorCapacity =
  { kind: "system" | "self" | "admin" | "moderator" | "member" } | { kind: "official" | "representative"; of: unknown };

/** A verified membership of the actor: official of a community or representative of an organisation. */
export interface ActorMembership {
  role: "OFFICIAL" | "REPRESENTATIVE";
  organizationId: string | null;
  communityId: string | null;
  name: unknown;
}

/**
 * The stored role ("moderator", "admin", "self", "system") is kept; "member" is what every
 * official and representative was written as, so their membership is named instead: the one
 * for the listing the entry is about, else their only (or first) one.
 */
export function actorCapacity(
  storedRole: string | null,
  memberships: readonly ActorMembership[],
  owners: readonly string[],
): ActorCapacity {
  if (storedRole === "system" || storedRole === "self" || storedRole === "admin" || storedRole === "moderator") return { kind: storedRole };
  if (storedRole === null) return { kind: "system" };
  const membership =
    memberships.find((m) => (m.organizationId && owners.includes(m.organizationId)) || (m.communityId && owners.includes(m.communityId))) ??
    memberships[0];
  if (!membership) return { kind: "member" };
  return { kind: membership.role === "OFFICIAL" ? "official" : "representative", of: membership.name };
}

/** Actions whose `after` holds the edited fields (the others note a status or a slug there). */
const editActions: ReadonlySet<string> = new Set<AuditAction>([
  "organization.updated",
  "community.updated",
  "event.updated",
  "announcement.updated",
  "poll.updated",
  "need.updated",
  "change.requested",
]);

/** The fields an edit changed: `after.changed` when the write listed them, else `after`'s keys. */
export function changedFields(action: string, after: unknown): string[] {
  if (!editActions.has(action) || !after || typeof after !== "object" || Array.isArray(after)) return [];
  const listed = (after as { changed?: unknown }).changed;
  if (Array.isArray(listed)) return listed.filter((field): field is string => typeof field === "string");
  return Object.keys(after);
}

/**
 * A changed field as its label is keyed: the form's per-language fields ("titleUk") name the
 * field and the language, wall-clock form fields ("startsLocal") and columns ("startsAt") the
 * same moment, so "titleUk" → title in Ukrainian and both starts → "starts".
 */
export function fieldLabelKey(field: string): { field: string; language: Locale | null } {
  const language = fieldLanguage.exec(field)?.[1]?.toLowerCase() as Locale | undefined;
  const base = language ? field.slice(0, -2) : field;
  return { field: base.replace(/(Local|At)$/, ""), language: language ?? null };
}

/** A reason the trail shows in the reader's language: the ones code writes are recognised, a person's words are kept. */
export type ReasonText = { kind: "appliesChange" | "replaced" } | { kind: "text"; text: string } | null;

/** The reason an edit that applies an approved change request is recorded with. */
export const appliedChangeReason = (requestId: string) => `change request ${requestId}`;

export function reasonOf(reason: string | null): ReasonText {
  if (!reason) return null;
  // recordUpdated ("change request <id>") and a withdrawn suggestion's successor ("replaced by <id>").
  if (/^change request \S+$/.test(reason)) return { kind: "appliesChange" };
  if (/^replaced by \S+$/.test(reason)) return { kind: "replaced" };
  return { kind: "text", text: reason };
}
