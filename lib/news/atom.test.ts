// The news feed is valid Atom as an independent parser reads it.
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { buildNewsFeed } from "./atom";

describe("buildNewsFeed", () => {
  const xml = buildNewsFeed(
    {
      announcements: [
        {
          slug: "grant-round",
          title: { en: "Grants <open> & more" },
          body: { en: "## Round\n\n<script>x()</script> **Up to** EUR 5,000" },
          sectors: ["HEATING"],
          publishedAt: new Date("2026-11-01T10:00:00Z"),
          updatedAt: new Date("2026-11-01T10:00:00Z"),
        },
      ],
      events: [
        {
          slug: "berlin-evening",
          type: "NETWORKING",
          title: { uk: "Вечір", en: "Evening" },
          description: { en: "Bring friends." },
          startsAt: new Date("2026-10-24T16:30:00Z"),
          endsAt: new Date("2026-10-24T19:00:00Z"),
          timeZone: "Europe/Berlin",
          isOnline: false,
          city: "Berlin",
          country: "DE",
          createdAt: new Date("2026-11-02T09:00:00Z"),
          updatedAt: new Date("2026-11-02T09:00:00Z"),
        },
      ],
    },
    { baseUrl: "https://atlas.example", locale: "en", title: "News", description: "All news", onlineLabel: "Online" },
  );

  it("parses as Atom with both kinds of entry, newest first", () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("News");
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://atlas.example/en/events/berlin-evening",
      "https://atlas.example/en/announcements/grant-round",
    ]);
    expect(feed.items[1]?.title).toBe("Grants <open> & more");
    expect(feed.items[0]?.published?.toISOString()).toBe("2026-11-02T09:00:00.000Z");
  });

  it("summarises in plain text, with the event's own local time", () => {
    const feed = parseFeed(xml);
    expect(feed.items[1]?.description).toBe("Round x() Up to EUR 5,000");
    expect(feed.items[0]?.description).toContain("18:30");
    expect(xml).not.toContain("<script>");
  });
});
