import "server-only";
// Telling people what happened to their requests: a Notification row (shown on /account)
// written inside the deciding transaction, and an email sent after it commits — never inside it:
// no network I/O while a transaction holds locks (and on PGlite, the only connection).
import type { Prisma } from "@/generated/prisma/client";
import { sendEmail, type Email } from "@/lib/email/send";
import { log } from "@/lib/log/logger";
import { absoluteUrl } from "@/lib/site/origin";

export interface Notice {
  userId: string;
  /** e.g. "membership.verified"; texts under account.notifications_kinds */
  kind: string;
  /** The listing's name in both languages, and anything the text needs. */
  payload: { name: string; reason?: string | null; url?: string };
}

const subjects: Record<string, [uk: string, en: string]> = {
  "membership.verified": ["Ваш запит прийнято", "Your request was accepted"],
  "membership.rejected": ["Ваш запит не прийнято", "Your request was not accepted"],
  "membership.revoked": ["Вашу роль відкликано", "Your role was revoked"],
  "listing.approved": ["Ваш запис опубліковано", "Your listing is published"],
  "listing.rejected": ["Ваш запис не опубліковано", "Your listing was not published"],
  "change.approved": ["Ваші зміни опубліковано", "Your changes are published"],
  "change.rejected": ["Ваші зміни не прийнято", "Your changes were not accepted"],
  "partnership.proposed": ["Вам запропонували партнерство", "A partnership was proposed to you"],
  "partnership.accepted": ["Партнерство прийнято", "The partnership was accepted"],
  "partnership.declined": ["Партнерство відхилено", "The partnership was declined"],
};

/** Writes the notices in `tx` and returns the emails to send once it has committed. */
export async function recordNotices(tx: Prisma.TransactionClient, notices: Notice[]): Promise<Email[]> {
  if (notices.length === 0) return [];
  await tx.notification.createMany({ data: notices.map((n) => ({ userId: n.userId, kind: n.kind, payload: n.payload })) });
  const people = await tx.user.findMany({
    where: { id: { in: notices.map((n) => n.userId) }, notifyByEmail: true, email: { not: null } },
    select: { id: true, email: true, locale: true },
  });
  const emails: Email[] = [];
  for (const notice of notices) {
    const person = people.find((p) => p.id === notice.userId);
    if (!person?.email) continue;
    const [uk, en] = subjects[notice.kind] ?? ["Новини з Diaspora Atlas", "News from Diaspora Atlas"];
    const first = person.locale === "en" ? en : uk;
    const lines = [
      `${first}: ${notice.payload.name}`,
      notice.payload.reason ? `${person.locale === "en" ? "Reason" : "Причина"}: ${notice.payload.reason}` : "",
      // Paths are stored without a language; the email links the reader's, on our one origin.
      notice.payload.url
        ? absoluteUrl(`/${person.locale === "en" ? "en" : "uk"}${notice.payload.url.replace(/^\/(uk|en)(?=\/)/, "")}`)
        : "",
      "",
      person.locale === "en" ? `(${uk})` : `(${en})`,
    ].filter((line, i) => line !== "" || i === 3);
    emails.push({ to: person.email, subject: `${first} · Diaspora Atlas`, text: lines.join("\n") });
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
