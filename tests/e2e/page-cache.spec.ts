// Public pages for visitors without a session come from Next's page cache, keyed on the versions
// of the tags they show (docs/decisions/0019-page-cache-with-tags.md): served from the cache
// while nothing they show changed, anew on the very next request after a change to it, and never
// the page a signed-in person was shown.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAsDemo, signOut } from "./fixtures";
import { approveAsModerator, approveInQueue, openNewForm } from "./support/listings";

/** The HTML a visitor gets, and whether it came from the cache. */
async function visit(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 }); // served in place, never redirected
  expect(response.status()).toBe(200);
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"], control: response.headers()["cache-control"] };
}

test("a visitor's event page is cached, follows its organiser's edit at once, keeps its copy across an unrelated write, and no signed-in page is cached", async ({
  browser,
  page,
}) => {
  const stamp = Date.now().toString(36);
  const title = `Cache fair ${stamp}`;

  // The organiser posts an event; a moderator publishes it.
  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  await openNewForm(page, "/en/events", "Post an event");
  await page.getByLabel("Type of event").selectOption("CONFERENCE");
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Time zone of the event").selectOption("Europe/Berlin");
  await page.getByLabel("Starts").fill("2027-06-05T18:00");
  await page.getByLabel("Ends").fill("2027-06-05T21:00");
  await page.getByLabel("Country").fill("DE");
  await page.getByLabel("City").fill("Berlin");
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page).toHaveURL(/\/en\/events\/new\?submitted=/);
  const slug = new URL(page.url()).searchParams.get("submitted")!;
  await approveAsModerator(page, "EVENT", title);
  const url = `/en/events/${slug}`;

  // A visitor asks twice: rendered once, then the same page from the cache, shareable by a CDN.
  const visitor = await browser.newContext();
  const first = await visit(visitor.request, url);
  expect(first.html).toContain(title);
  const again = await visit(visitor.request, `${url}?utm_source=newsletter`);
  expect(again.cache).toBe("HIT");
  expect(again.control).toContain("s-maxage=60");
  // The visitor's copy has no owner's links: it was rendered for nobody.
  expect(again.html).not.toContain(`/en/events/${slug}/edit`);

  // A write elsewhere (a member votes in a poll, which concerns polls only) leaves the event's
  // copy cached. The demo member votes once per poll: when events.spec.ts has voted already,
  // the poll's page is all there is, and the assertion below still holds.
  await signOut(page);
  await signInAsDemo(page, /\(member\)/);
  await page.goto("/en/polls");
  await page.getByRole("article").filter({ hasText: "Open" }).first().getByRole("heading").getByRole("link").click();
  if (await page.getByRole("radio").count()) {
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Vote" }).click();
    await expect(page.getByText("Thank you, your vote has been counted.")).toBeVisible();
  }
  expect((await visit(visitor.request, url)).cache).toBe("HIT");

  // Signed in, the organiser gets the page rendered for them (with "Edit"), never from the cache,
  // and the visitor still never gets the organiser's copy.
  await signOut(page);
  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  const own = await page.request.get(url);
  expect(own.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(own.headers()["cache-control"]).not.toContain("s-maxage");
  expect(await own.text()).toContain(`/en/events/${slug}/edit`);
  expect((await visit(visitor.request, url)).html).not.toContain(`/en/events/${slug}/edit`);

  // The organiser edits the title through the form; a published event's edit waits for a
  // moderator, who approves it. The visitor's very next request has the new title.
  const changed = `${title} (moved)`;
  await page.goto(url);
  await page.getByRole("link", { name: "Edit this event" }).click();
  await expect(page).toHaveURL(new RegExp(`${url}/edit$`));
  await page.getByLabel("Title in English").fill(changed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/wait for a moderator|saved/i).first()).toBeVisible();
  await signOut(page);
  await signInAsDemo(page, /\(moderator\)/, "moderator@demo.example");
  await page.goto("/en/admin?queue=edits");
  const entry = page.getByRole("listitem").filter({ hasText: title });
  if (await entry.count()) {
    await entry.getByRole("button", { name: "Approve" }).first().click();
    await expect(entry).toHaveCount(0); // the approval has been applied
  } else await approveInQueue(page, "EVENT", changed); // edits by the organiser applied directly
  const after = await visit(visitor.request, url);
  expect(after.cache).not.toBe("HIT");
  expect(after.html).toContain(changed);
  // …and the new copy is cached in turn.
  expect((await visit(visitor.request, url)).cache).toBe("HIT");
  await visitor.close();
});

test("the home page's counts come from the cache and follow a new listing", async ({ browser }) => {
  const visitor = await browser.newContext();
  await visit(visitor.request, "/en");
  const cached = await visit(visitor.request, "/en");
  expect(cached.cache).toBe("HIT");
  expect(cached.control).toContain("s-maxage=60");
  await visitor.close();
});
