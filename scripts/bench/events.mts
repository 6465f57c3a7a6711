// npm run bench:events — events list, month calendar and iCalendar feed timings.
// Needs DATABASE_URL (a seeded database). Adds BENCH_EVENTS synthetic published events
// (default 20,000, slugs "bench-event-…", marked isDemo) once, then times in-process calls
// and prints p50/p95/p99: the list with and without filters, a month in the events' own zones,
// and the .ics feed (query + building 500 events with their VTIMEZONEs).
import { PrismaClient } from "../../generated/prisma/client";
import { EventType, type Sector } from "../../generated/prisma/enums";
import { openDatabaseTarget } from "../../lib/db/adapter";
import { monthOf, parseEventFilters } from "../../lib/event/filters";
import { buildEventsCalendar } from "../../lib/event/ical";
import { listEvents, listEventsForFeed, listEventsInMonth } from "../../lib/event/queries";
import { ms, summarize } from "./stats";

const count = Number(process.env.BENCH_EVENTS ?? 20_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const types = Object.values(EventType);
const sectors: Sector[] = ["HEATING", "EDUCATION_YOUTH", "HEALTHCARE", "HOUSING", "CULTURE_IDENTITY", "INFRASTRUCTURE"];
const zones = ["Europe/Berlin", "Europe/Warsaw", "Europe/Kyiv", "America/Toronto", "Europe/London", "Europe/Paris"];

const target = await openDatabaseTarget();
const prisma = new PrismaClient({ adapter: target.factory });
const existing = await prisma.event.count({ where: { slug: { startsWith: "bench-event-" } } });
if (existing < count) {
  const orgs = await prisma.organization.findMany({
    where: { status: "PUBLISHED", hiddenAt: null },
    select: { id: true, country: true, city: true, publicLat: true, publicLng: true },
    take: 500,
  });
  const day = 86_400_000;
  const start = Date.now() - 365 * day;
  const rows = Array.from({ length: count - existing }, (_, n) => {
    const i = existing + n;
    const org = orgs[i % orgs.length]!;
    const online = i % 4 === 0;
    const startsAt = new Date(start + ((i * 7_919) % (730 * 24)) * 3_600_000);
    return {
      slug: `bench-event-${i}`,
      type: types[i % types.length]!,
      title: { en: `Bench event ${i}`, uk: `Тестова подія ${i}` },
      startsAt,
      endsAt: new Date(startsAt.getTime() + (2 + (i % 6)) * 3_600_000),
      timeZone: zones[i % zones.length]!,
      isOnline: online,
      onlineUrl: online ? `https://meet.example/${i}` : null,
      city: online ? null : org.city,
      country: online ? null : org.country,
      publicLat: online ? null : org.publicLat,
      publicLng: online ? null : org.publicLng,
      languages: i % 3 ? ["uk", "en"] : ["uk", "de"],
      sectors: [sectors[i % sectors.length]!],
      organizationId: org.id,
      status: "PUBLISHED" as const,
      isDemo: true,
    };
  });
  for (let i = 0; i < rows.length; i += 2_000) await prisma.event.createMany({ data: rows.slice(i, i + 2_000) });
  console.log(`added ${rows.length} events`);
}
await prisma.$executeRawUnsafe(`ANALYZE "Event"`);
await prisma.$disconnect();

async function bench(name: string, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const began = performance.now();
    await run();
    samples.push(performance.now() - began);
  }
  const s = summarize(samples);
  console.log(`${name.padEnd(44)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (n=${s.n})`);
}

const now = new Date();
const month = monthOf(new Date(now.getTime() + 30 * 86_400_000), "Europe/Kyiv");
console.log(`${await (await import("../../lib/db/client")).db().then((p) => p.event.count())} events in the database`);
await bench("list: upcoming, no filter", () => listEvents(parseEventFilters({}), now));
await bench("list: upcoming, country + type + sector", () =>
  listEvents(parseEventFilters({ country: "DE", type: "FORUM", sector: "HEATING" }), now),
);
await bench("list: archive, page 5", () => listEvents(parseEventFilters({ when: "past", page: "5" }), now));
await bench(`calendar: month ${month} in each event's zone`, () => listEventsInMonth({ ...parseEventFilters({}), month }));
await bench("feed: 500 upcoming events → .ics text", async () => {
  const events = await listEventsForFeed(parseEventFilters({}), now, 500);
  return buildEventsCalendar(events, { baseUrl: "https://atlas.example", locale: "en", name: "Events" });
});
process.exit(0);
