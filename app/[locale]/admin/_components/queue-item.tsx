import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { loose } from "@/components/i18n/loose-translator";
import { formatDateTime } from "@/lib/i18n/dates";

/** The queues' messages, and the names of listing types (which come from data, hence loose). */
export async function getQueueText() {
  const [tAdmin, tTargetTypes] = await Promise.all([getTranslations("admin"), getTranslations("admin.targetTypes")]);
  return { tAdmin, types: loose(tTargetTypes) };
}

/** Dates in the queues: day and time, the zone named (lib/i18n/dates.ts). */
export async function getQueueDate() {
  const locale = await getLocale();
  return (date: Date) => formatDateTime(date, locale);
}

/** A queue's items, or "nothing waiting". */
export async function QueueList({ count, children }: { count: number; children: ReactNode }) {
  if (count > 0) return <ul className="space-y-3">{children}</ul>;
  const tAdmin = await getTranslations("admin");
  return <p>{tAdmin("empty")}</p>;
}

/** One item of a queue: what kind of listing, its name (linked when it has a page), then details and the decision. */
export function QueueItem({ kind, title, children }: { kind: string; title: ReactNode; children: ReactNode }) {
  return (
    <li className="rounded-lg border border-line bg-surface p-4">
      <p className="text-sm text-muted">{kind}</p>
      <h3 className="text-lg font-semibold">{title}</h3>
      {children}
    </li>
  );
}

/** "Submitted by … on …"; without `by` (null), only when. */
export async function Submitted({ by, at }: { by: string | null; at: Date }) {
  const [tAdmin, date] = await Promise.all([getTranslations("admin"), getQueueDate()]);
  return (
    <p className="text-sm text-muted">
      {by !== null ? tAdmin("submittedBy", { name: by }) : ""} {tAdmin("submittedAt", { date: date(at) })}
    </p>
  );
}
