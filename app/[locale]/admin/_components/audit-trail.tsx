import type { ReactNode } from "react";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { LooseTranslator } from "@/components/i18n/loose-translator";
import { ListPagination } from "@/components/search/list-pagination";
import { fieldLabelKey, reasonOf, type ActorCapacity } from "@/lib/audit/entry";
import { readAuditTrail, type TrailEntry } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { languageName } from "@/lib/i18n/display-names";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getQueueText } from "./queue-item";

/** The audit log, newest first, a page at a time. */
export async function AuditTrail({ locale, page }: { locale: Locale; page: number }) {
  const [trail, tAudit, { tAdmin, types }] = await Promise.all([readAuditTrail({ page }), getTranslations("audit"), getQueueText()]);
  if (trail.entries.length === 0) return <p>{tAdmin("empty")}</p>;
  return (
    <>
      <AuditEntries entries={trail.entries} locale={locale} tAudit={tAudit} types={types} label={tAdmin("queue.audit")} />
      <ListPagination pathname="/admin" query={{ queue: "audit" }} result={trail} />
    </>
  );
}

/** A translator of the "audit" messages with `rich` and `has` (next-intl's, on the server or built in a test). */
type AuditTranslator = LooseTranslator & { rich(key: string, values: Record<string, unknown>): ReactNode };

/**
 * The entries, each read as a sentence: who (with the capacity they acted in), did what to which
 * listing (linked to its page), when, why, and which fields an edit changed, all in the reader's
 * language. Synchronous and given its translators, so a test renders it.
 */
export function AuditEntries({
  entries,
  locale,
  tAudit: translator,
  types,
  label,
}: {
  entries: TrailEntry[];
  locale: string;
  tAudit: unknown;
  types: (type: string) => string;
  label: string;
}) {
  // Action and field names come from stored rows: the closed list has a message each (checked
  // in lib/audit/entry.test.ts); older rows may hold names no message has, shown as stored.
  const tAudit = translator as AuditTranslator;

  const capacity = (value: ActorCapacity) =>
    "of" in value ? tAudit(`capacity.${value.kind}`, { name: pickText(value.of, locale)?.text ?? "—" }) : tAudit(`capacity.${value.kind}`);

  const field = (name: string) => {
    const { field: key, language } = fieldLabelKey(name);
    const text = tAudit.has(`fields.${key}`) ? tAudit(`fields.${key}`) : name;
    return language ? tAudit("fieldIn", { field: text, language: languageName(language, locale) }) : text;
  };

  const sentence = (entry: TrailEntry): ReactNode => {
    const key = `actions.${entry.action}`;
    const named = entry.listing ? pickText(entry.listing.name, locale) : null;
    const name = named?.text ?? entry.person ?? (entry.listing ? types(entry.listing.type) : tAudit("unknownRecord"));
    const path = entry.listing?.path;
    const listing = (chunks: ReactNode) => (
      <span lang={named && named.lang !== locale ? named.lang : undefined}>
        {path ? <Link href={path}>{chunks}</Link> : <strong>{chunks}</strong>}
      </span>
    );
    if (!tAudit.has(key)) return `${entry.action} · ${types(entry.targetType)} ${name}`;
    return tAudit.rich(key, { name, listing });
  };

  const reason = (entry: TrailEntry) => {
    const found = reasonOf(entry.reason);
    if (!found) return null;
    if (found.kind === "text") return tAudit("reason", { reason: found.text });
    return tAudit(found.kind === "appliesChange" ? "reasonAppliesChange" : "reasonReplaced");
  };

  const who = (actor: TrailEntry["actor"]) => {
    const role = capacity(actor.capacity);
    if (actor.name) return `${actor.name}, ${role}`;
    return actor.capacity.kind === "system" ? role : `${tAudit("deletedAccount")}, ${role}`;
  };

  return (
    <ol className="space-y-3" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-line bg-surface p-4" data-testid="audit-entry">
          <p className="text-sm text-muted">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
          </p>
          <p className="mt-1 font-semibold">{who(entry.actor)}</p>
          <p className="mt-1 break-words">{sentence(entry)}</p>
          {entry.changed.length > 0 && <p className="mt-1 text-sm">{tAudit("changed", { fields: entry.changed.map(field).join(", ") })}</p>}
          {entry.reason && <p className="mt-1 text-sm">{reason(entry)}</p>}
        </li>
      ))}
    </ol>
  );
}
