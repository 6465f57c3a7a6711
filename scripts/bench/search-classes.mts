// Search server time per class of query (issue 17, point 3), the second part of npm run bench:search;
// alone: `npx tsx --conditions=react-server scripts/bench/search-classes.mts` (BENCH_ROUNDS, default 8).
// Every call runs with the facet cache cleared (a cold search pays for its counts), on queries
// outside the first part's set, and prints p50/p95 per class and the largest total each class saw.
import { pathToFileURL } from "node:url";
import { parseCommunityFilters } from "../../lib/community/filters";
import { parseOrganizationFilters } from "../../lib/organization/filters";
import * as current from "../../lib/search/queries";

// BENCH_QUERIES=<path to a copy of lib/search/queries.ts>: time another version (a "before").
const { clearFacetCache, searchCommunities, searchOrganizations } = (
  process.env.BENCH_QUERIES ? await import(process.env.BENCH_QUERIES) : current
) as typeof current;
import { ms, summarize } from "./stats";

type Params = Record<string, string>;
interface QueryClass {
  name: string;
  organizations?: Params[];
  communities?: Params[];
}

export const queryClasses: QueryClass[] = [
  {
    name: "one or two letters",
    organizations: [{ q: "a" }, { q: "k" }, { q: "ko" }, { q: "be" }, { q: "с" }, { q: "sp" }],
    communities: [{ q: "s" }],
  },
  {
    name: "very common words",
    organizations: [{ q: "union" }, { q: "of" }, { q: "ukrainians" }, { q: "for" }, { q: "спілка" }, { q: "we work" }],
  },
  { name: "prefixes", organizations: [{ q: "soc" }, { q: "found" }, { q: "netw" }, { q: "ініц" }, { q: "edu" }, { q: "kra" }] },
  {
    name: "one broad facet, no words",
    organizations: [
      { sector: "EDUCATION_YOUTH" },
      { sector: "HUMANITARIAN_AID" },
      { kind: "CIVIL_SOCIETY" },
      { country: "DE" },
      { language: "en" },
    ],
    communities: [{ type: "RURAL" }],
  },
  { name: "verified only", organizations: [{ verified: "1" }, { verified: "1", sort: "updated" }, { verified: "1", sort: "name" }] },
  {
    name: "three facets, no words",
    organizations: [
      { country: "PL", sector: "HEALTHCARE", language: "pl" },
      { country: "DE", kind: "CIVIL_SOCIETY", verified: "1" },
      { sector: "CULTURE_IDENTITY", language: "en", kind: "NETWORK" },
    ],
    communities: [{ type: "RURAL", population: "2", needSector: "HEATING" }],
  },
  { name: "typos", organizations: [{ q: "socitey" }, { q: "fundation" }, { q: "ingeneers" }, { q: "berlni" }, { q: "mreezha" }] },
  { name: "no filters at all", organizations: [{}], communities: [{}] },
];

export interface ClassTiming {
  name: string;
  n: number;
  p50: number;
  p95: number;
  max: number;
  largestTotal: number;
  capped: boolean;
}

async function timed(run: () => Promise<{ total: number; totalIsCapped?: boolean }>) {
  const began = performance.now();
  const result = await run();
  return { took: performance.now() - began, total: result.total, capped: result.totalIsCapped === true };
}

export async function benchSearchClasses(rounds = Number(process.env.BENCH_ROUNDS ?? 8)): Promise<ClassTiming[]> {
  const search = (kind: "organizations" | "communities", params: Params, round: number) => {
    const page = String((round % 3) + 1);
    const locale = round % 2 ? "uk" : "en";
    return kind === "organizations"
      ? searchOrganizations(parseOrganizationFilters({ ...params, page }), locale)
      : searchCommunities(parseCommunityFilters({ ...params, page }), locale);
  };
  // Warm up connections and plans (not measured).
  for (const queryClass of queryClasses) for (const params of queryClass.organizations ?? []) await search("organizations", params, 0);

  const timings: ClassTiming[] = [];
  for (const queryClass of queryClasses) {
    const samples: number[] = [];
    let largestTotal = 0;
    let capped = false;
    for (let round = 0; round < rounds; round++) {
      for (const [kind, list] of [
        ["organizations", queryClass.organizations ?? []],
        ["communities", queryClass.communities ?? []],
      ] as const) {
        for (const params of list) {
          clearFacetCache();
          const { took, total, capped: isCapped } = await timed(() => search(kind, params, round));
          samples.push(took);
          largestTotal = Math.max(largestTotal, total);
          capped ||= isCapped;
        }
      }
    }
    const s = summarize(samples);
    timings.push({ name: queryClass.name, n: s.n, p50: s.p50, p95: s.p95, max: s.max, largestTotal, capped });
  }
  return timings;
}

export function printClassTable(timings: ClassTiming[]): void {
  console.log("\nsearch server time per query class, facet cache cleared before every call:");
  console.log(`| class | n | p50 | p95 | max | largest total |\n|---|---|---|---|---|---|`);
  for (const t of timings)
    console.log(
      `| ${t.name} | ${t.n} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.largestTotal.toLocaleString("en")}${t.capped ? "+" : ""} |`,
    );
  const worst = timings.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  console.log(`worst class p95: ${ms(worst.p95)} (${worst.name}); target < 50 ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printClassTable(await benchSearchClasses());
  process.exit(0);
}
