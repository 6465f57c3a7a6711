// npm run bench:generate — fills DATABASE_URL (or the embedded store) with a large synthetic
// directory for benchmarks: 100,000 organisations and 10,000 communities by default
// (BENCH_ORGANIZATIONS, BENCH_COMMUNITIES), on top of the official and demo seed, then rebuilds
// the search projection. Names are built from the demo vocabulary; every row is marked isDemo.
// Deterministic: the same counts give the same rows.
import { PrismaClient } from "../../generated/prisma/client";
import { OrganizationKind, type CommunityType, type Sector } from "../../generated/prisma/enums";
import { openDatabaseTarget } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/schema-engine";
import { cities } from "../../lib/geo/places";
import { publicPoint } from "../../lib/geo/precision";
import { reindexAll } from "../../lib/search/indexer";
import { insertAsJson, seed } from "../../prisma/seed/index";
import { sectorVocabulary, sectors, texts } from "../../prisma/seed/demo/vocabulary";
import { Random, chunk, seedId } from "../../prisma/seed/util";

const organizationCount = Number(process.env.BENCH_ORGANIZATIONS ?? 100_000);
const communityCount = Number(process.env.BENCH_COMMUNITIES ?? 10_000);
const kinds = Object.values(OrganizationKind);
const prefixes = texts([
  ["Спілка", "Union"],
  ["Товариство", "Society"],
  ["Фонд", "Foundation"],
  ["Ініціатива", "Initiative"],
  ["Мережа", "Network"],
  ["Центр", "Centre"],
  ["Асоціація", "Association"],
  ["Коло", "Circle"],
]);
const themes = texts([
  ["українців", "of Ukrainians"],
  ["друзів України", "of Friends of Ukraine"],
  ["відбудови", "for Recovery"],
  ["молоді", "for Youth"],
  ["громад", "of Communities"],
  ["культури", "for Culture"],
  ["лікарів", "of Doctors"],
  ["інженерів", "of Engineers"],
  ["освіти", "for Education"],
  ["підтримки", "for Support"],
]);
const languagesFor: Record<string, string[]> = {
  DE: ["de"],
  PL: ["pl"],
  FR: ["fr"],
  IT: ["it"],
  ES: ["es"],
  CZ: ["cs"],
  CA: ["en", "fr"],
  US: ["en"],
  GB: ["en"],
};
const abroad = cities.filter((city) => city.country !== "UA");

const started = performance.now();
const stamp = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
const target = await openDatabaseTarget();
const prisma = new PrismaClient({ adapter: target.factory });
try {
  await applyMigrations(target.migrationFactory);
  if ((await prisma.community.count()) === 0) await seed(prisma, { demo: true, log: () => {} });
  console.log(`${stamp()}  ${target.mode} database migrated and seeded`);
  const random = new Random(`bench:${organizationCount}`);
  const now = new Date().toISOString();
  // Every synthetic listing is demo content, published now.
  const published = { isDemo: true, status: "PUBLISHED", publishedAt: now, createdAt: now, updatedAt: now } as const;

  const existing = await prisma.organization.count({ where: { slug: { startsWith: "bench-" } } });
  const organizations = [];
  for (let i = existing; i < organizationCount; i++) {
    const city = random.pick(abroad);
    const prefix = random.pick(prefixes);
    const theme = random.pick(themes);
    const ownSectors = random.sample(sectors, random.int(1, 4)) as Sector[];
    const lat = city.lat + (random.next() - 0.5) * 0.1;
    const lng = city.lng + (random.next() - 0.5) * 0.15;
    const precision = random.pick(["EXACT", "CITY", "CITY", "REGION"] as const);
    const point = publicPoint({ lat, lng, precision, country: city.country, city: city.en });
    const goal = sectorVocabulary[ownSectors[0]!].goal;
    organizations.push({
      id: seedId("bench-org", String(i)),
      slug: `bench-${i}`,
      kind: random.pick(kinds),
      name: { uk: `${prefix.uk} ${theme.uk} ${city.ukGenitive} №${i}`, en: `${city.en} ${prefix.en} ${theme.en} No. ${i}` },
      mission: { uk: `Ми працюємо, щоб ${goal.uk}.`, en: `We work to ${goal.en}.` },
      description: {},
      activities: {},
      country: city.country,
      city: city.en,
      lat,
      lng,
      locationPrecision: precision,
      publicLat: point.lat,
      publicLng: point.lng,
      sectors: ownSectors,
      languages: ["uk", ...(languagesFor[city.country] ?? ["en"])],
      socialLinks: [],
      aidTypes: [],
      operatingCountries: ["UA"],
      operatingOblasts: [],
      isVerified: random.chance(0.6),
      ...published,
    });
  }
  for (const part of chunk(organizations, 2000)) await insertAsJson(prisma, "Organization", part);
  console.log(`${stamp()}  ${organizations.length} organisations added (${organizationCount} wanted)`);

  const official = await prisma.community.findMany({
    select: { oblastCode: true, oblastName: true, raionCode: true, raionName: true, lat: true, lng: true },
    where: { isOccupied: false },
  });
  const existingCommunities = await prisma.community.count();
  const communities = [];
  for (let i = existingCommunities; i < communityCount; i++) {
    const template = random.pick(official);
    const type = random.pick(["URBAN", "SETTLEMENT", "RURAL", "RURAL"] as CommunityType[]);
    const lat = template.lat + (random.next() - 0.5) * 0.4;
    const lng = template.lng + (random.next() - 0.5) * 0.6;
    const code = `UA99${String(i).padStart(15, "0")}`;
    communities.push({
      id: seedId("bench-community", code),
      slug: `bench-community-${i}`,
      katottg: code,
      type,
      name: { uk: `Синтетична громада №${i}`, en: `Synthetic hromada No. ${i}` },
      shortName: { uk: `Синтетична ${i}`, en: `Synthetic ${i}` },
      oblastCode: template.oblastCode,
      oblastName: template.oblastName,
      raionCode: template.raionCode,
      raionName: template.raionName,
      centerCode: code,
      centerName: { uk: `Село ${i}`, en: `Selo ${i}` },
      population: random.int(1500, 60000),
      settlementsCount: random.int(1, 40),
      lat,
      lng,
      locationPrecision: "EXACT",
      publicLat: Math.round(lat * 1e5) / 1e5,
      publicLng: Math.round(lng * 1e5) / 1e5,
      languages: ["uk"],
      cooperationGoals: [],
      preferredCountries: [],
      preferredKinds: [],
      ...published,
    });
  }
  for (const part of chunk(communities, 2000)) await insertAsJson(prisma, "Community", part);
  console.log(`${stamp()}  ${communities.length} communities added (${communityCount} wanted)`);

  const indexed = await reindexAll(prisma, 5000);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  console.log(`${stamp()}  search index: ${indexed.organizations} organisations, ${indexed.communities} communities`);
} finally {
  await prisma.$disconnect();
  await target.close();
}
