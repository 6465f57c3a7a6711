// A notice as a sentence in the reader's language: one message per kind under
// `notifications.kinds`, with {actor}, {object} and {objectKind} filled from the stored payload.
// The same function writes the notifications page (next-intl's getTranslations) and the emails
// (next-intl's createTranslator), so both say the same thing.
import { pickText } from "@/lib/i18n/localized-text";
import { noticeKinds, readPayload } from "./payload";

/** A translator for the `notifications` namespace that takes keys made from data. */
export interface NoticeTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface RenderedNotice {
  /** "A moderator published your organisation «Caritas Leipzig»." */
  text: string;
  reason: string | null;
  /** Where the thing lives, without a locale; null when there is nowhere to go. */
  path: string | null;
}

export function renderNotice(t: NoticeTranslator, locale: string, notice: { kind: string; payload: unknown }): RenderedNotice {
  const payload = readPayload(notice.payload);
  const actor = payload.actor
    ? (pickText(payload.actor, locale)?.text ?? t("someone"))
    : // Moderators decide in the platform's name; a partner's notice always names its side
      // (rows from before version 2 did not: they say "someone").
      t(notice.kind.startsWith("partnership.") ? "someone" : "moderator");
  const values = { actor, object: pickText(payload.object.name, locale)?.text ?? "—", objectKind: payload.object.kind };
  // "listing.approved" is the message at kinds → listing → approved; only known kinds are looked
  // up (a part such as "listing" alone names a group of messages, not one).
  const known = (noticeKinds as readonly string[]).includes(notice.kind) && t.has(`kinds.${notice.kind}`);
  return { text: t(known ? `kinds.${notice.kind}` : "kinds.other", values), reason: payload.reason, path: payload.url };
}
