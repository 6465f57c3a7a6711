import { listAuditTrail } from "@/lib/moderation/queries";
import { getQueueDate, getQueueText } from "./queue-item";

/** The newest entries of the audit log: when, who (in which role), what, on which listing, why. */
export async function AuditTrail() {
  const [entries, { tAdmin, types }, date] = await Promise.all([listAuditTrail(), getQueueText(), getQueueDate()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {[tAdmin("auditWhen"), tAdmin("auditWho"), tAdmin("auditWhat"), tAdmin("auditTarget"), tAdmin("reason")].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-t border-line align-top">
              <td className="whitespace-nowrap p-2">{date(entry.at)}</td>
              <td className="p-2">
                {entry.actor?.name ?? entry.actor?.email ?? tAdmin("system")}
                {entry.actorRole ? ` (${entry.actorRole})` : ""}
              </td>
              <td className="p-2 font-mono">{entry.action}</td>
              <td className="p-2">
                {types(entry.targetType)} <span className="font-mono text-xs text-muted">{entry.targetId}</span>
              </td>
              <td className="p-2">{entry.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
