// The needs list's filters, parsed from the URL once for the page (and later the API).
// Forgiving like lib/search/filters.ts: unknown values are dropped, numbers clamped.
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";

export const NEEDS_PAGE_SIZE = 20;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function values(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, 40);
}

const oneOf = <T extends string>(allowed: readonly T[], list: string[]) =>
  [...new Set(list.filter((value): value is T => (allowed as readonly string[]).includes(value)))];

function euros(value: string | undefined): number | null {
  if (!value) return null;
  const number = Number(value.replace(/[\s,_]/g, ""));
  return Number.isFinite(number) && number >= 0 ? Math.min(Math.round(number), 1_000_000_000) : null;
}

export interface NeedFilters {
  sector: Sector[];
  aidType: AidType[];
  oblast: string[];
  urgency: Urgency[];
  /** Approximate cost range in whole euros (other currencies converted at lib/money/eur.ts rates). */
  minEur: number | null;
  maxEur: number | null;
  page: number;
}

export function parseNeedFilters(params: RawParams): NeedFilters {
  const page = Number.parseInt(values(params, "page")[0] ?? "1", 10);
  return {
    sector: oneOf(Object.values(Sector), values(params, "sector")),
    aidType: oneOf(Object.values(AidType), values(params, "aidType")),
    oblast: [...new Set(values(params, "oblast").filter((code) => /^UA\d{17}$/.test(code)))],
    urgency: oneOf(Object.values(Urgency), values(params, "urgency")),
    minEur: euros(values(params, "minEur")[0]),
    maxEur: euros(values(params, "maxEur")[0]),
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), 500) : 1,
  };
}
