import "server-only";
// Telling people what happened to their requests: a Notification row (listed on
// /account/notifications) written inside the deciding transaction, and an email sent after it
// commits — never inside it: no network I/O while a transaction holds locks (and on PGlite, the
// only connection). The row stores data (./payload); the email is written here in the
// recipient's own language, from the same messages the page uses (./render).
import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import { sendEmail, type Email } from "@/lib/email/send";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/localized-text";
import { log } from "@/lib/log/logger";
import { absoluteUrl } from "@/lib/site/origin";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it from "@/messages/it.json";
import pl from "@/messages/pl.json";
import uk from "@/messages/uk.json";
import { toPayload, type NoticeInput, type NoticeKind } from "./payload";
import { renderNotice, type NoticeTranslator } from "./render";

export interface Notice {
  userId: string;
  kind: NoticeKind;
  /** The thing's name (as stored, every language it has), who did it, why, and its path. */
  payload: NoticeInput;
}

const messages = { uk, en, de, fr, pl, it } satisfies Record<Locale, unknown>;

/** The `notifications` texts in `locale`, outside a request (emails are written in transactions). */
export function noticeTranslator(locale: Locale): NoticeTranslator {
  return createTranslator({ locale, messages: messages[locale], namespace: "notifications" }) as unknown as NoticeTranslator;
}

function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** One notice as an email in the reader's language: the sentence, the reason, a link to the thing. */
export function noticeEmail(to: string, locale: Locale, notice: { kind: string; payload: unknown }): Email {
  const t = noticeTranslator(locale);
  const { text, reason, path } = renderNotice(t, locale, notice);
  const lines = [
    text,
    reason ? t("reason", { reason }) : null,
    // Paths are stored without a language; the email links the reader's, on our one origin.
    path ? t("email.open", { url: absoluteUrl(`/${locale}${path}`) }) : null,
    "",
    t("email.settings", { url: absoluteUrl(`/${locale}/account#preferences`) }),
  ].filter((line) => line !== null);
  return { to, subject: `${text.replace(/[.!]$/, "")} · Diaspora Atlas`, text: lines.join("\n") };
}

/** Writes the notices in `tx` and returns the emails to send once it has committed. */
export async function recordNotices(tx: Prisma.TransactionClient, notices: Notice[]): Promise<Email[]> {
  if (notices.length === 0) return [];
  const rows = notices.map((n) => ({ userId: n.userId, kind: n.kind, payload: { ...toPayload(n.payload) } }));
  await tx.notification.createMany({ data: rows });
  const people = await tx.user.findMany({
    where: { id: { in: notices.map((n) => n.userId) }, notifyByEmail: true, email: { not: null } },
    select: { id: true, email: true, locale: true },
  });
  const emails: Email[] = [];
  for (const row of rows) {
    const person = people.find((p) => p.id === row.userId);
    if (person?.email) emails.push(noticeEmail(person.email, localeOf(person.locale), row));
  }
  return emails;
}

/** Sends after commit; a failed email is logged, not allowed to undo a decision already made. */
export async function sendNotices(emails: Email[]): Promise<void> {
  for (const email of emails) {
    try {
      await sendEmail(email);
    } catch (error) {
      // The subject says which notice; the address is personal data and stays out of the log.
      log({ action: "notify" }).error({ err: error, subject: email.subject }, "could not send a notice email");
    }
  }
}
