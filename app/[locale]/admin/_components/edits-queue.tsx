import type { Locale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { decideChangeAction } from "@/lib/moderation/actions";
import { listPendingEdits } from "@/lib/moderation/queries";
import { DecisionForm } from "./decision-form";
import { getQueueText, QueueItem, QueueList, Submitted } from "./queue-item";
import { getEditLabels, nameText, ValueText } from "./value-text";

/** Edits of published listings waiting for a moderator, each as a before/after table of the changed fields. */
export async function EditsQueue({ locale }: { locale: Locale }) {
  const [edits, { tAdmin, types }, labels] = await Promise.all([listPendingEdits(), getQueueText(), getEditLabels()]);
  return (
    <QueueList count={edits.length}>
      {edits.map((edit) => (
        <QueueItem
          key={edit.id}
          kind={types(edit.targetType)}
          title={edit.listing ? <Link href={edit.listing.path}>{nameText(edit.listing.name, locale)}</Link> : types(edit.targetType)}
        >
          <Submitted by={edit.author?.name ?? edit.author?.email ?? "—"} at={edit.createdAt} />
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-1">
                    {tAdmin("field")}
                  </th>
                  <th scope="col" className="p-1">
                    {tAdmin("before")}
                  </th>
                  <th scope="col" className="p-1">
                    {tAdmin("after")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {edit.diff.map((row) => (
                  <tr key={row.field} className="border-t border-line align-top">
                    <th scope="row" className="p-1">
                      {labels.field(row.field)}
                    </th>
                    <td className="bg-danger-soft p-1">
                      <ValueText value={row.before} field={row.field} locale={locale} labels={labels} />
                    </td>
                    <td className="bg-ok-soft p-1">
                      <ValueText value={row.after} field={row.field} locale={locale} labels={labels} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <DecisionForm
            action={decideChangeAction}
            hidden={{ changeRequestId: edit.id }}
            decisions={["approve", "reject"]}
            label={edit.listing ? nameText(edit.listing.name, locale) : types(edit.targetType)}
          />
        </QueueItem>
      ))}
    </QueueList>
  );
}
