// Directory pages for visitors without a session come from a cache (docs/decisions/0014):
// the same page as a signed-in person gets, and never older than a change made on this server.
import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./fixtures";
import { approveAsModerator, registerOrganization } from "./support/listings";

test("a visitor's directory page is cached, the same for everyone, and has a new listing as soon as it is approved", async ({
  browser,
  page,
}) => {
  const word = `Cachetest${Date.now().toString(36)}`;
  const url = `/en/organizations?q=${word}`;

  // A visitor asks twice: rendered once, then served from the cache.
  const visitor = await browser.newContext();
  const first = await visitor.request.get(url);
  expect(first.status()).toBe(200);
  const again = await visitor.request.get(`/en/organizations?q=${word}&utm_source=newsletter`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(url);
  await expect(visitorPage.getByRole("heading", { name: `0 results for “${word}”` })).toBeVisible();
  await expect(visitorPage.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  // A member registers an organisation with that word; a moderator approves it.
  const name = `${word} Society of Braga`;
  await signInAsDemo(page, /\(member\)/);
  await registerOrganization(page, { nameEn: name, nameUk: "Товариство Браги", country: "PT", city: "Braga" });
  // Signed in, the page is rendered per request, and the header knows it.
  await page.goto(url);
  await expect(page.getByRole("link", { name: "My account" }).first()).toBeVisible();
  expect((await page.request.get(url)).headers()["x-nextjs-cache"]).toBeUndefined();
  await approveAsModerator(page, "ORGANIZATION", name);

  // The visitor's next look has it, without waiting for the cache to expire.
  await visitorPage.reload();
  await expect(visitorPage.getByRole("heading", { name: `1 result for “${word}”` })).toBeVisible();
  await expect(visitorPage.getByRole("link", { name })).toBeVisible();
  await visitor.close();
});
