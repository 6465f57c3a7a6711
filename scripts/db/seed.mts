// npm run db:seed [-- --no-demo] — loads the official communities and, unless --no-demo, the
// demo content into DATABASE_URL or the embedded database, then rebuilds the search index.
// Safe to run again: existing rows are kept (prisma/seed/index.ts).
import { PrismaClient } from "../../generated/prisma/client";
import { openDatabaseTarget } from "../../lib/db/adapter";
import { reindexAll } from "../../lib/search/indexer";
import { seed } from "../../prisma/seed";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--no-demo");
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(" ")}\nusage: tsx scripts/db/seed.mts [--no-demo]`);
  process.exit(2);
}
const demo = !args.includes("--no-demo");

const started = performance.now();
const target = await openDatabaseTarget();
const prisma = new PrismaClient({ adapter: target.factory });
try {
  console.log(`seeding the ${target.mode} database (${demo ? "official + demo" : "official only"})`);
  const stamp = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s`;
  const counts = await seed(prisma, { demo, log: (line) => console.log(`${stamp()}  ${line}`) });
  // The search projection is derived from the listings: rebuild it so search sees what was seeded.
  const indexed = await reindexAll(prisma);
  console.log(`${stamp()}  search index: ${indexed.organizations} organisations, ${indexed.communities} communities`);
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  console.log("rows now in the database:");
  for (const [name, count] of Object.entries(counts)) console.log(`  ${name.padEnd(width)}  ${count}`);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await prisma.$disconnect();
  await target.close();
}
