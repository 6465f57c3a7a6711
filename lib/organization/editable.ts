// The columns an organisation edit may change: the allow-list a direct edit and an approved
// ChangeRequest are both written through, and how their values travel through JSON (a
// ChangeRequest's `changes`, the audit trail's before/after). JSON.stringify refuses BigInt, so
// budget amounts travel as decimal strings and become BigInt again when written.
import type { Prisma } from "@/generated/prisma/client";
import { auditValue } from "@/lib/audit/changes";
import { offerSelect } from "./offer";

export const editableColumns = [
  "name",
  "mission",
  "description",
  "website",
  "email",
  "sectors",
  "languages",
  // What it offers (partner matching)
  "aidTypes",
  "operatingCountries",
  "operatingOblasts",
  "budgetMinMinor",
  "budgetMaxMinor",
  "budgetCurrency",
  "population",
] as const;
export type EditableColumn = (typeof editableColumns)[number];

/** Reads every editable column (for the current values an edit is compared with). */
export const editableSelect = {
  name: true,
  mission: true,
  description: true,
  website: true,
  email: true,
  sectors: true,
  languages: true,
  ...offerSelect,
} satisfies Record<EditableColumn, true> & Prisma.OrganizationSelect;

const bigintColumns: ReadonlySet<string> = new Set<EditableColumn>(["budgetMinMinor", "budgetMaxMinor"]);
// Lists whose order means nothing: the form sends them in its own (per-language) order.
const setColumns: ReadonlySet<string> = new Set<EditableColumn>(["aidTypes", "operatingCountries", "operatingOblasts"]);

export function isEditableColumn(key: string): key is EditableColumn {
  return (editableColumns as readonly string[]).includes(key);
}

/** A column value as JSON can hold it (BigInt as its decimal string, undefined as null). */
export const toJsonValue = auditValue;

/** A value read back from JSON as the column takes it (decimal strings become BigInt again). */
export function fromJsonValue(column: EditableColumn, value: unknown): unknown {
  if (bigintColumns.has(column)) {
    if (value === null || value === undefined || value === "") return null;
    if (typeof value === "bigint") return value;
    if ((typeof value === "string" && /^\d+$/.test(value)) || (typeof value === "number" && Number.isSafeInteger(value) && value >= 0))
      return BigInt(value);
    throw new Error(`not an amount in minor units for ${column}: ${String(value)}`);
  }
  return value ?? null;
}

/** Whether an edit leaves the column as it is (lists of codes compared as sets). */
export function sameValue(column: EditableColumn, current: unknown, next: unknown): boolean {
  const normal = (value: unknown) => {
    const json = toJsonValue(value);
    return setColumns.has(column) && Array.isArray(json) ? [...json].map(String).sort() : json;
  };
  // auditValue sorts object keys: PostgreSQL's jsonb hands {uk, en} back as {en, uk}.
  return JSON.stringify(normal(current)) === JSON.stringify(normal(next));
}
