// Event reads on real PostgreSQL: only public events of public organisers, upcoming vs archive,
// the month counted in each event's own zone, and the filters shared with /events.ics.
import { beforeAll, describe, expect, it } from "vitest";
import { parseEventFilters } from "@/lib/event/filters";
import { listEvents, listEventsForFeed, listEventsInMonth } from "@/lib/event/queries";
import { organizationRow } from "./support/factories";
import { fileDatabase } from "./support/file-database";

const { prisma } = fileDatabase();
const now = new Date("2026-10-15T12:00:00Z");

const base = {
  type: "WEBINAR" as const,
  title: { en: "x" },
  timeZone: "Europe/Berlin",
  isOnline: true,
  onlineUrl: "https://meet.example/x",
  status: "PUBLISHED" as const,
  languages: ["uk"],
};

beforeAll(async () => {
  await prisma.organization.createMany({
    data: [
      organizationRow({ id: "org-public", slug: "public", name: { en: "Public" } }),
      organizationRow({ id: "org-pending", slug: "pending", name: { en: "Pending" }, status: "PENDING" }),
    ],
  });
  const at = (iso: string, hours = 1) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + hours * 3_600_000) });
  await prisma.event.createMany({
    data: [
      // Midnight-thirty in Kyiv on 1 November is 22:30 UTC on 31 October: a November event.
      { ...base, slug: "kyiv-midnight", organizationId: "org-public", timeZone: "Europe/Kyiv", ...at("2026-10-31T22:30:00Z") },
      {
        ...base,
        slug: "berlin-october",
        organizationId: "org-public",
        isOnline: false,
        onlineUrl: null,
        country: "DE",
        city: "Berlin",
        type: "FORUM",
        sectors: ["HEATING"],
        ...at("2026-10-20T08:00:00Z", 8),
      },
      { ...base, slug: "past", organizationId: "org-public", ...at("2026-09-01T16:00:00Z") },
      { ...base, slug: "older-past", organizationId: "org-public", ...at("2026-08-01T16:00:00Z") },
      { ...base, slug: "under-way", organizationId: "org-public", ...at("2026-10-15T11:00:00Z", 3) },
      { ...base, slug: "pending-event", organizationId: "org-public", status: "PENDING", ...at("2026-10-21T16:00:00Z") },
      { ...base, slug: "hidden-event", organizationId: "org-public", hiddenAt: now, ...at("2026-10-22T16:00:00Z") },
      { ...base, slug: "of-pending-org", organizationId: "org-pending", ...at("2026-10-23T16:00:00Z") },
    ],
  });
});

const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);

describe("event queries", () => {
  it("lists public upcoming events soonest first, an event under way included", async () => {
    const result = await listEvents(parseEventFilters({}), now);
    expect(slugs(result.items)).toEqual(["under-way", "berlin-october", "kyiv-midnight"]);
    expect(result.total).toBe(3);
  });

  it("keeps past events in the archive, latest first", async () => {
    expect(slugs((await listEvents(parseEventFilters({ when: "past" }), now)).items)).toEqual(["past", "older-past"]);
  });

  it("counts the month in the event's own zone", async () => {
    expect(slugs(await listEventsInMonth({ ...parseEventFilters({}), month: "2026-11" }))).toEqual(["kyiv-midnight"]);
    expect(slugs(await listEventsInMonth({ ...parseEventFilters({}), month: "2026-10" }))).toEqual(["under-way", "berlin-october"]);
  });

  it("filters by country, type, sector, language and format, as the feed does", async () => {
    const one = (params: Record<string, string>) => listEventsForFeed(parseEventFilters(params), now).then(slugs);
    expect(await one({ country: "DE" })).toEqual(["berlin-october"]);
    expect(await one({ type: "FORUM", sector: "HEATING" })).toEqual(["berlin-october"]);
    expect(await one({ format: "online" })).toEqual(["under-way", "kyiv-midnight"]);
    expect(await one({ format: "in-person" })).toEqual(["berlin-october"]);
    expect(await one({ language: "de" })).toEqual([]);
  });
});
