// What a notice stores: who did it, to which thing, why and where it lives, as data, never as a
// sentence. The sentence is written when someone reads it, in the reader's language (./render),
// so a notice written while the person browsed in Ukrainian still reads in English later.
import { localePrefix } from "@/lib/i18n/locale-paths";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

/** The things a notice can be about; each has a word in `notifications.kinds` (ICU select). */
export const objectKinds = [
  "organization",
  "community",
  "event",
  "need",
  "announcement",
  "poll",
  "partnership",
  "dialogue",
  "dialogue_statement",
  "priority_round",
  "priority_idea",
  "listing",
] as const;
export type ObjectKind = (typeof objectKinds)[number];

/** The notices there are; each has one message under `notifications.kinds`. */
export const noticeKinds = [
  "membership.verified",
  "membership.rejected",
  "membership.revoked",
  "listing.approved",
  "listing.rejected",
  "change.approved",
  "change.rejected",
  "partnership.proposed",
  "partnership.accepted",
  "partnership.declined",
  "milestone.delivered",
  "milestone.confirmed",
  "milestone.asked",
  "milestone.answered",
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** The stored shape (version 2). Names keep every language they have; `url` has no locale. */
export interface NoticePayload {
  v: 2;
  /** Who did it: a listing's name; null when a moderator did (moderators are not named). */
  actor: LocalizedText | null;
  object: { kind: ObjectKind; name: LocalizedText };
  reason: string | null;
  url: string | null;
}

/** What callers hand over: a name as stored (`{"uk": …, "en": …}`) or a plain string. */
export interface NoticeInput {
  name: unknown;
  actor?: unknown;
  /** Derived from `url` when left out. */
  object?: ObjectKind;
  reason?: string | null;
  url?: string;
}

const pathKinds: Record<string, ObjectKind> = {
  organizations: "organization",
  communities: "community",
  events: "event",
  needs: "need",
  announcements: "announcement",
  polls: "poll",
  partnerships: "partnership",
  dialogues: "dialogue",
};

/** A path as stored: without the /uk, /en… in front (the reader's language is added when read). */
export function pathWithoutLocale(url: string): string {
  return url.replace(localePrefix, "") || "/";
}

function kindOfPath(url: string | null | undefined): ObjectKind {
  const segment = url ? pathWithoutLocale(url).split("/")[1] : undefined;
  return (segment && pathKinds[segment]) || "listing";
}

/** A name in every language it has; a plain string counts for all of them. */
function names(value: unknown): LocalizedText {
  if (typeof value === "string") return value.trim() ? { uk: value, en: value } : {};
  return asLocalizedText(value);
}

export function toPayload(input: NoticeInput): NoticePayload {
  const url = input.url ? pathWithoutLocale(input.url) : null;
  const actor = input.actor === undefined || input.actor === null ? null : names(input.actor);
  return {
    v: 2,
    actor: actor && Object.keys(actor).length ? actor : null,
    object: { kind: input.object ?? kindOfPath(url), name: names(input.name) },
    reason: input.reason?.trim() || null,
    url,
  };
}

/**
 * Reads a stored payload of any age. Rows written before version 2 hold `{ name, reason, url }`
 * with the name in Ukrainian only: they read with that name in both languages and no actor.
 */
export function readPayload(stored: unknown): NoticePayload {
  const value = (stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {}) as Record<string, unknown>;
  if (value.v === 2) {
    const object = (value.object ?? {}) as Record<string, unknown>;
    const kind = objectKinds.includes(object.kind as ObjectKind) ? (object.kind as ObjectKind) : "listing";
    return {
      v: 2,
      actor: value.actor ? asLocalizedText(value.actor) : null,
      object: { kind, name: asLocalizedText(object.name) },
      reason: typeof value.reason === "string" ? value.reason : null,
      url: typeof value.url === "string" ? pathWithoutLocale(value.url) : null,
    };
  }
  return toPayload({
    name: typeof value.name === "string" ? value.name : "",
    reason: typeof value.reason === "string" ? value.reason : null,
    url: typeof value.url === "string" ? value.url : undefined,
  });
}
