// Issue 8 in the browser: a visitor finds an event by filter and downloads its .ics, which
// node-ical reads back with the right UTC times; the calendar view, the feeds, announcements
// and polls render, accessibly.
import { readFile } from "node:fs/promises";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import nodeIcal from "node-ical";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { approveAsModerator, openAsVisitor, openNewForm } from "./support/listings";

const eventSlug = "bridges-for-schools-berlin-school-bus-evening";
const eventTitle = /Information evening: school buses/;

const vevents = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === "VEVENT") as nodeIcal.VEvent[];
const berlinClock = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

test("a visitor finds an event by filter and adds it to their calendar", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" }).click();
  await expect(page).toHaveURL(/\/en\/events$/);
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Filter: in person, in Germany, networking. Ticking a box applies at once.
  await page.getByRole("radio", { name: "In person", exact: true }).check();
  await page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: "Germany" }).check();
  await page.getByRole("group", { name: "Type" }).getByRole("checkbox", { name: "Networking" }).check();
  await expect(page).toHaveURL(/country=DE/);
  await expect(page).toHaveURL(/type=NETWORKING/);
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: eventTitle }) });
  await expect(card).toBeVisible();
  await expect(card.getByText(/Registration closes in \d+ days/)).toBeVisible();
  await card.getByRole("link", { name: eventTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/en/events/${eventSlug}$`));
  await expectNoAxeViolations(page);
  // The time in the event's own zone, the zone named by its city.
  await expect(page.getByText("Time where it takes place")).toBeVisible();
  await expect(page.getByText(/18:30–21:00 \(Berlin time\)/).first()).toBeVisible();
  const startIso = await page.locator("time[datetime]").first().getAttribute("datetime");
  expect(startIso).toMatch(/Z$/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${eventSlug}.ics`);
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toContain("BEGIN:VTIMEZONE");
  expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T183000/);
  const [event] = vevents(text);
  expect(event?.summary).toMatch(eventTitle);
  // The same instant the page shows, and 18:30 on a Berlin clock, whatever the season.
  expect(new Date(event!.start).toISOString()).toBe(new Date(startIso!).toISOString());
  expect(berlinClock(new Date(event!.start))).toBe("18:30");
  expect(berlinClock(new Date(event!.end!))).toBe("21:00");
});

test("a visitor in another time zone also sees the event in their own time", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/Toronto" });
  const page = await context.newPage();
  await page.goto(`/en/events/${eventSlug}`);
  await expect(page.getByTestId("visitor-time")).toContainText(/Your time: .*\(Toronto time\)/);
  await context.close();
});

test("the .ics feed keeps the page's filters, and the news feed is valid Atom", async ({ request }) => {
  const all = vevents(await (await request.get("/events.ics?locale=en")).text());
  const online = vevents(await (await request.get("/events.ics?locale=en&format=online")).text());
  expect(all.length).toBeGreaterThan(online.length);
  expect(online.length).toBeGreaterThan(0);
  for (const event of online) expect(String(event.location)).toMatch(/^https:\/\//);
  for (const event of all) expect(new Date(event.end!).getTime()).toBeGreaterThan(Date.now());

  const response = await request.get("/feed.xml?locale=uk");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  expect(feed.items.length).toBeGreaterThan(5);
  expect(feed.items.some((item) => item.url?.includes("/uk/announcements/"))).toBe(true);
  expect(feed.items.some((item) => item.url?.includes("/uk/events/"))).toBe(true);
});

test("the month calendar is a table, moves by month and keeps filters", async ({ page }) => {
  await page.goto("/en/events?view=calendar&type=NETWORKING");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(7);
  await expectNoAxeViolations(page);
  const caption = await table.locator("caption").textContent();
  await page.getByRole("link", { name: "Next month" }).click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await expect(page).toHaveURL(/type=NETWORKING/);
  expect(await page.getByRole("table").locator("caption").textContent()).not.toBe(caption);
  // Keyboard: Tab reaches the first event link in the grid (or the grid itself when empty).
  await page.getByRole("link", { name: "Previous month" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toBeVisible();
});

test("the archive lists past events, latest first; nonsense filters are ignored", async ({ page }) => {
  await page.goto("/en/events?when=past");
  await expect(page.getByRole("heading", { level: 1, name: "Past events" })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  const response = await page.goto("/uk/events?country=Nowhere&month=2026-99&format=maybe&page=-1&type=PARTY");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Події" })).toBeVisible();
});

test("announcements: combined list, filters, a post rendered from Markdown", async ({ page }) => {
  await page.goto("/en/events");
  const section = page.getByRole("navigation", { name: "Events, announcements and polls" });
  await section.getByRole("link", { name: "Announcements" }).click();
  await expect(page).toHaveURL(/\/en\/announcements$/);
  await expect(section.getByRole("link", { name: "Announcements" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("radio", { name: "Communities", exact: true }).check();
  await expect(page).toHaveURL(/organiser=community/);
  await expectNoAxeViolations(page);
  const first = page.getByRole("article").first();
  await expect(first).toBeVisible();
  await first.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/announcements\/[^/]+$/);
  await expect(page.getByText(/^By /)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a poll: hidden results until close, a closed poll's results as a table, sign in to vote", async ({ page }) => {
  await page.goto("/en/events");
  await page.getByRole("navigation", { name: "Events, announcements and polls" }).getByRole("link", { name: "Polls" }).click();
  await expect(page).toHaveURL(/\/en\/polls$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nominations for the youth council election" }).click();
  await expect(page.getByText(/Results are shown when the poll closes/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to vote." })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/polls/berezhany-first-project");
  await expect(page.getByText("This poll is closed; voting has ended.")).toBeVisible();
  const results = page.getByRole("table", { name: "Results" });
  await expect(results.getByRole("row")).toHaveCount(4); // header + three options
  await expect(results.getByRole("rowheader", { name: /school bus/ })).toBeVisible();
  await expect(results.getByRole("cell", { name: /%$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a member votes once in an open poll @phone", async ({ page }) => {
  await signInAsDemo(page, /\(member\)/);
  await page.goto("/en/polls");
  const open = page
    .getByRole("article")
    .filter({ hasText: "Open" })
    .filter({ hasText: /network/i })
    .first();
  await open.getByRole("heading").getByRole("link").click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Vote" }).click();
  await expect(page.getByText("Thank you, your vote has been counted.")).toBeVisible();
  // One vote each, not changeable: the empty choices go, the results stay.
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("You have already voted in this poll.")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
});

test("an organisation posts an event across a clock change, a moderator publishes it, a visitor downloads it", async ({ page }) => {
  const title = `Recovery conference ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  await openNewForm(page, "/en/events", "Post an event");
  await expectNoAxeViolations(page);
  await page.getByLabel("Type of event").selectOption("CONFERENCE");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Time zone of the event").selectOption("Europe/Berlin");
  // Berlin leaves summer time at 03:00 on Sunday 31 October 2027: the two days straddle it.
  await page.getByLabel("Starts").fill("2027-10-30T18:00");
  await page.getByLabel("Ends").fill("2027-10-31T17:00");
  await page.getByLabel("Country").fill("DE");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Venue").fill("Rotes Rathaus");
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("The event will appear once a moderator has approved it.")).toBeVisible();
  const slug = new URL(page.url()).searchParams.get("submitted")!;
  expect((await page.request.get(`/en/events/${slug}`)).status()).toBe(404);

  await approveAsModerator(page, "EVENT", title);

  // A visitor (signed out) finds it by country, month and type.
  await openAsVisitor(page, "/en/events?country=DE&month=2027-10&type=CONFERENCE", title);
  await expect(page).toHaveURL(new RegExp(`/en/events/${slug}$`));
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const text = await readFile((await (await downloading).path())!, "utf8");
  const [event] = vevents(text);
  expect(event?.summary).toBe(title);
  expect(new Date(event!.start).toISOString()).toBe("2027-10-30T16:00:00.000Z"); // 18:00 CEST
  expect(new Date(event!.end!).toISOString()).toBe("2027-10-31T16:00:00.000Z"); // 17:00 CET
});
