// Which columns an edit really changes, and their values before and after for the audit trail.
// Values are compared as JSON with sorted object keys: PostgreSQL's jsonb hands back
// {"en": …, "uk": …} whatever order a form built the object in, and that is no change.
import type { Prisma } from "@/generated/prisma/client";

type AuditJson = Prisma.InputJsonValue | null;

/** A value as JSON can hold it (audit trail, change requests): BigInt and Date become strings,
 *  object keys are sorted and undefined entries dropped, so equal values give equal JSON text. */
export function auditValue(value: unknown): AuditJson {
  if (value === undefined || value === null) return null;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(auditValue) as Prisma.InputJsonArray;
  if (typeof value === "object") {
    const out: Record<string, AuditJson> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = auditValue(item);
    }
    return out as Prisma.InputJsonObject;
  }
  return value as Prisma.InputJsonValue;
}

export interface Changes<C extends string> {
  changed: C[];
  before: Record<string, AuditJson>;
  after: Record<string, AuditJson>;
}

/**
 * The columns among `columns` whose value in `next` differs from `current`. Lists named in
 * `unordered` (ticked boxes of a vocabulary) are compared as sets: another order is no change.
 */
export function changedColumns<C extends string>(
  current: Record<C, unknown>,
  next: Record<C, unknown>,
  columns: readonly C[],
  { unordered = [] }: { unordered?: readonly C[] } = {},
): Changes<C> {
  const changes: Changes<C> = { changed: [], before: {}, after: {} };
  const comparable = (column: C, value: AuditJson) =>
    JSON.stringify(unordered.includes(column) && Array.isArray(value) ? value.map((item) => JSON.stringify(item)).sort() : value);
  for (const column of columns) {
    const before = auditValue(current[column]);
    const after = auditValue(next[column]);
    if (comparable(column, before) === comparable(column, after)) continue;
    changes.changed.push(column);
    changes.before[column] = before;
    changes.after[column] = after;
  }
  return changes;
}
