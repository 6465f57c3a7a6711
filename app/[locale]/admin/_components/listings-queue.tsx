import type { Locale } from "next-intl";
import { formatDate } from "@/lib/i18n/dates";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { decideListingsAction } from "@/lib/moderation/actions";
import { moderatedTypes, type ModeratedType } from "@/lib/moderation/listings";
import { listPendingListings } from "@/lib/moderation/queries";
import { DecisionForm } from "./decision-form";
import { listingDetailText } from "@/lib/moderation/queue-words";
import { getQueueText, Submitted } from "./queue-item";
import { nameText } from "./value-text";

/** New listings waiting for a moderator, filterable by type; with a type chosen, several can be decided at once. */
export async function ListingsQueue({
  type,
  counts,
  locale,
}: {
  type: ModeratedType | null;
  counts: Record<ModeratedType, number>;
  locale: Locale;
}) {
  const [items, { tAdmin, types }, label] = await Promise.all([listPendingListings(type), getQueueText(), getVocabulary()]);
  const day = (date: Date) => formatDate(date, locale);
  // With one type chosen and more than one item, items can be ticked and decided together.
  const bulkType = items.length > 1 ? type : null;
  return (
    <section aria-labelledby="listings-heading">
      <h2 id="listings-heading" className="sr-only">
        {tAdmin("queue.listings")}
      </h2>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <input type="hidden" name="queue" value="listings" />
        <label className="text-sm font-medium">
          {tAdmin("filterType")}
          <select name="type" defaultValue={type ?? ""} className="ml-2 min-h-10 rounded-md border border-line px-2">
            <option value="">{tAdmin("allTypes")}</option>
            {moderatedTypes.map((m) => (
              <option key={m} value={m}>
                {types(m)} ({counts[m]})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-10 rounded-md border border-line px-3">
          {tAdmin("apply")}
        </button>
      </form>
      {items.length === 0 ? <p className="mt-6">{tAdmin("empty")}</p> : null}
      {bulkType ? (
        <div className="mt-4 rounded-lg border border-line bg-note-soft p-3">
          <DecisionForm
            action={decideListingsAction}
            formId={`bulk-${bulkType}`}
            hidden={{ type: bulkType }}
            decisions={["approve", "reject"]}
            label={tAdmin("bulkApprove")}
          />
        </div>
      ) : null}
      <ul className="mt-4 space-y-3">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-line bg-surface p-4">
            <div className="flex items-start gap-3">
              {bulkType ? (
                <input
                  type="checkbox"
                  name="ids"
                  value={item.id}
                  form={`bulk-${bulkType}`}
                  className="mt-1 h-5 w-5"
                  aria-label={tAdmin("select", { name: nameText(item.name, locale) })}
                />
              ) : null}
              <div className="flex-1">
                <p className="text-sm text-muted">
                  {types(item.type)}
                  {item.detail ? ` · ${listingDetailText(item.detail, locale, label, day)}` : ""}
                </p>
                <h3 className="text-lg font-semibold">{nameText(item.name, locale)}</h3>
                <Submitted by={item.authorName || null} at={item.createdAt} />
                <DecisionForm
                  action={decideListingsAction}
                  hidden={{ type: item.type, ids: item.id }}
                  decisions={["approve", "reject", "archive"]}
                  label={nameText(item.name, locale)}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
