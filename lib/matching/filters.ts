// Filters that narrow a matches list, parsed once from the URL (the pages' GET forms write the
// same names). Unknown values are dropped rather than failing: a stale link still works.
import { OrganizationKind, Sector } from "@/generated/prisma/enums";

export interface MatchFilters {
  sector: Sector[];
  kind: OrganizationKind[];
  country: string[];
  language: string[];
  verified: boolean;
}

type Params = Record<string, string | string[] | undefined>;

function values(params: Params, key: string): string[] {
  const raw = params[key];
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean).slice(0, 30);
}

export function parseMatchFilters(params: Params): MatchFilters {
  const sectors = new Set<string>(Object.values(Sector));
  const kinds = new Set<string>(Object.values(OrganizationKind));
  return {
    sector: [...new Set(values(params, "sector").filter((v) => sectors.has(v)))] as Sector[],
    kind: [...new Set(values(params, "kind").filter((v) => kinds.has(v)))] as OrganizationKind[],
    country: [...new Set(values(params, "country").map((v) => v.toUpperCase()).filter((v) => /^[A-Z]{2}$/.test(v)))],
    language: [...new Set(values(params, "language").map((v) => v.toLowerCase()).filter((v) => /^[a-z]{2}$/.test(v)))],
    verified: ["1", "true", "on"].includes(values(params, "verified")[0] ?? ""),
  };
}
