// npm run bench:match — partner matching on a large database (npm run bench:generate first):
// for every community with open needs, rank organisations (100,000 of them after the generator),
// and for a sample of organisations, rank communities. Prints p50/p95/p99 of server time.
import { db } from "../../lib/db/client";
import { parseMatchFilters } from "../../lib/matching/filters";
import { matchCommunitiesForOrganization, matchOrganizationsForCommunity } from "../../lib/matching/queries";
import { ms, summarize } from "./stats";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const prisma = await db();
const organizations = await prisma.organization.count({ where: { status: "PUBLISHED" } });
const communities = await prisma.community.findMany({
  where: { status: "PUBLISHED", needs: { some: { needStatus: "OPEN", status: "PUBLISHED" } } },
  select: { slug: true },
  take: 200,
});
const orgSample = await prisma.organization.findMany({
  where: { status: "PUBLISHED" },
  select: { slug: true },
  orderBy: { id: "asc" },
  take: 60,
});
const none = parseMatchFilters({});
const filtered = parseMatchFilters({ language: "de", verified: "1" });

async function time(run: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await run();
  return performance.now() - began;
}

// Warm-up: connection pool and query plans.
for (const c of communities.slice(0, 3)) await matchOrganizationsForCommunity(c.slug, none);

const forCommunity: number[] = [];
const forCommunityFiltered: number[] = [];
const candidates: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const c of communities) {
    forCommunity.push(await time(async () => candidates.push((await matchOrganizationsForCommunity(c.slug, none))?.candidates ?? 0)));
    forCommunityFiltered.push(await time(() => matchOrganizationsForCommunity(c.slug, filtered)));
  }
}
const forOrganization: number[] = [];
for (const o of orgSample) forOrganization.push(await time(() => matchCommunitiesForOrganization(o.slug, none)));

const line = (label: string, samples: number[]) => {
  const s = summarize(samples);
  console.log(`${label}: n=${s.n} p50=${ms(s.p50)} p95=${ms(s.p95)} p99=${ms(s.p99)} max=${ms(s.max)}`);
};
console.log(`${organizations} published organisations; ${communities.length} communities with open needs`);
line("organisations for a community", forCommunity);
line("organisations for a community, filtered (language de, verified)", forCommunityFiltered);
line("communities for an organisation", forOrganization);
console.log(`candidates scored per community: p50 ${summarize(candidates).p50}, max ${summarize(candidates).max}`);
await prisma.$disconnect();
process.exit(0);
