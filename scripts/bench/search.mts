// npm run bench:search — directory search timings on a large database (npm run bench:generate first).
// 1. Server time: searchOrganizations/searchCommunities called in-process with a text query,
//    two facets and facet counts, over a mix of queries; prints p50/p95/p99.
// 2. Server time per class of query (search-classes.mts): one or two letters, common words,
//    prefixes, broad facets, verified only, three facets, typos; p50/p95 each, cold facet cache.
// 3. Page time: if BENCH_URL is set (a running `npm run serve` on the same database), GETs the
//    directory page with 10 concurrent clients and prints p50/p95/p99 and requests per second,
//    as visitors get it (from the page cache) and as signed-in people get it (rendered).
import { parseCommunityFilters } from "../../lib/community/filters";
import { parseOrganizationFilters } from "../../lib/organization/filters";
import { clearFacetCache, searchCommunities, searchOrganizations } from "../../lib/search/queries";
import { benchSearchClasses, printClassTable } from "./search-classes.mjs";
import { ms, summarize } from "./stats";

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const organizationCases: Record<string, string>[] = [
  { q: "Berlin", sector: "EDUCATION_YOUTH", language: "de" },
  { q: "Київ", country: "CA", kind: "DIASPORA_ASSOCIATION" },
  { q: "foundation recovery", country: "PL", sector: "HEATING" },
  { q: "Kraków", verified: "1", sector: "HUMANITARIAN_AID" },
  { q: "молоді", country: "DE", kind: "CIVIL_SOCIETY" },
  { q: "Lwow", sector: "HEALTHCARE", language: "pl" },
  { q: "socety", country: "FR", sector: "CULTURE_IDENTITY" }, // typo
  { country: "DE", sector: "EDUCATION_YOUTH" }, // no text: broadest
  { q: "union", kind: "NETWORK", country: "IT" },
  { q: "engineers toronto", language: "en", sector: "INFRASTRUCTURE" },
];
const communityCases: Record<string, string>[] = [
  { q: "Bereshany", type: "URBAN" },
  { q: "Житомир", population: "2" },
  { oblast: "UA61000000000060328", needSector: "SPECIAL_VEHICLES" },
];

async function time<T>(run: () => Promise<T>): Promise<number> {
  const began = performance.now();
  await run();
  return performance.now() - began;
}

// Warm up connections and plans.
for (const params of organizationCases) await searchOrganizations(parseOrganizationFilters(params), "en");

// Cold: the facet cache is cleared before every call, so each one pays for its facet counts.
// Warm: the same searches again (other pages, other locale) within the cache's lifetime.
const organizationTimes: number[] = [];
const perCase = organizationCases.map(() => [] as number[]);
const communityTimes: number[] = [];
const warmTimes: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const [index, params] of organizationCases.entries()) {
    clearFacetCache();
    const took = await time(() =>
      searchOrganizations(parseOrganizationFilters({ ...params, page: String((round % 3) + 1) }), round % 2 ? "uk" : "en"),
    );
    organizationTimes.push(took);
    perCase[index]!.push(took);
    warmTimes.push(
      await time(() =>
        searchOrganizations(parseOrganizationFilters({ ...params, page: String((round % 3) + 2) }), round % 2 ? "en" : "uk"),
      ),
    );
  }
  for (const params of communityCases) {
    clearFacetCache();
    communityTimes.push(await time(() => searchCommunities(parseCommunityFilters(params), "uk")));
  }
}
const sample = await searchOrganizations(parseOrganizationFilters(organizationCases[0]!), "en");
console.log(
  `database: ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}; sample "${organizationCases[0]!.q}" + 2 facets: ${sample.total} matches`,
);
for (const [label, samples] of [
  ["organisations, cold (text + 2 facets + facet counts)", organizationTimes],
  ["organisations, warm facet cache", warmTimes],
  ["communities, cold", communityTimes],
] as const) {
  const s = summarize(samples);
  console.log(`${label}: n=${s.n} p50=${ms(s.p50)} p95=${ms(s.p95)} p99=${ms(s.p99)} max=${ms(s.max)}`);
}

console.log("organisations, cold, per query:");
for (const [index, params] of organizationCases.entries()) {
  const s = summarize(perCase[index]!);
  console.log(`  p50=${ms(s.p50).padStart(9)} p95=${ms(s.p95).padStart(9)}  ${new URLSearchParams(params)}`);
}

printClassTable(await benchSearchClasses());

const base = process.env.BENCH_URL;
if (base) {
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);
  const requests = Number(process.env.BENCH_REQUESTS ?? 300);
  const urls = organizationCases.map((params) => `${base}/en/organizations?${new URLSearchParams(params)}`);
  // Visitors without a session get the cached page (docs/decisions/0014); a session cookie
  // (even one that signs nobody in) makes the proxy render every request, as for a member.
  const perRequest = { cookie: "atlas.session-token=bench" };

  // Warm up: the first visit of each search renders it and puts it in the cache.
  for (const url of urls) await fetch(url).then((r) => r.text());

  const load = async (label: string, headers: Record<string, string>) => {
    const times: number[] = [];
    let next = 0;
    let failures = 0;
    let hits = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const url = urls[next++ % urls.length]!;
          const t0 = performance.now();
          const response = await fetch(url, { headers });
          await response.text();
          if (!response.ok) failures++;
          if (response.headers.get("x-nextjs-cache") === "HIT") hits++;
          times.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    const s = summarize(times);
    console.log(
      `${label}, ${concurrency} concurrent clients: n=${s.n} p50=${ms(s.p50)} p95=${ms(s.p95)} p99=${ms(s.p99)} ${(s.n / seconds).toFixed(1)} req/s, ${hits} cache hits, ${failures} failures`,
    );
  };
  await load("page HTML, visitors (cached pages)", {});
  await load("page HTML, rendered per request (session cookie)", perRequest);
}
process.exit(0);
