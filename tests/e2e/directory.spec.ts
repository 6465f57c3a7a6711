// The directory: one search for Cyrillic and Latin, typos forgiven, facets that count and
// narrow, the whole state in the URL, with and without JavaScript, and no error on odd input.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

async function resultSlugs(page: Page, noun: "organizations" | "communities"): Promise<string[]> {
  const hrefs = await page
    .getByRole("main")
    .locator(`ul a[href*="/${noun}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("/").pop()!).sort();
}

test("Київ, Kyiv and Kiev find the same organisations", async ({ page }) => {
  const found: string[][] = [];
  for (const q of ["Київ", "Kyiv", "Kiev"]) {
    await page.goto(`/en/organizations?q=${encodeURIComponent(q)}`);
    found.push(await resultSlugs(page, "organizations"));
  }
  expect(found[0]!.length).toBeGreaterThan(0);
  expect(found[0]).toContain("friends-of-kyiv-toronto");
  expect(found[1]).toEqual(found[0]);
  expect(found[2]).toEqual(found[0]);
  await expect(page.getByRole("main").locator("mark").first()).toHaveText(/Kyiv/);
  await expectNoAxeViolations(page);
});

for (const q of ["Berezhani", "Bereshany", "Бережани"]) {
  test(`a search for ${q} finds Бережанська громада`, async ({ page }) => {
    await page.goto(`/uk/communities?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: /Бережанська/ }).first()).toHaveAttribute("href", "/uk/communities/berezhanska-urban");
  });
}

test("facets narrow the results, count them, and live in the URL", async ({ page }) => {
  await page.goto("/en/organizations");
  const heading = page.locator("#results-heading");
  const total = Number((await heading.textContent())!.replace(/\D/g, ""));
  const germany = page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /Germany/ });
  const germanyCount = Number(
    (await page.getByRole("group", { name: "Country" }).locator("label", { hasText: "Germany" }).textContent())!.replace(/\D/g, ""),
  );
  await germany.check();
  await expect(page).toHaveURL(/country=DE/);
  await expect(heading).toHaveText(new RegExp(`^${germanyCount} organisations`));
  expect(germanyCount).toBeLessThan(total);
  await page.getByRole("group", { name: "Sector" }).getByRole("checkbox", { name: "Education and youth" }).check();
  await expect(page).toHaveURL(/sector=EDUCATION_YOUTH/);
  const places = await page.getByRole("main").locator("ul article").allTextContents();
  expect(places.length).toBeGreaterThan(0);
  for (const text of places) expect(text).toContain("Germany");
  expect(await resultSlugs(page, "organizations")).toContain("bridges-for-schools-berlin");
  await expectNoAxeViolations(page);
  await page.goBack();
  await expect(page).not.toHaveURL(/sector=/);
  await expect(page).toHaveURL(/country=DE/);
});

test("results follow typing without losing focus", async ({ page }) => {
  await page.goto("/en/organizations");
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.click();
  await box.pressSequentially("Berlin", { delay: 40 });
  await expect(page).toHaveURL(/q=Berlin/);
  await expect(page.locator("#results-heading")).toContainText("for “Berlin”");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("Berlin");
});

test("a keyboard user stays on the control they used while the results change", async ({ page }) => {
  await page.goto("/en/organizations");
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.focus();
  // Typed in two bursts: the second arrives while the first search is loading.
  await box.pressSequentially("Ber", { delay: 20 });
  await page.waitForTimeout(320);
  await box.pressSequentially("lin", { delay: 20 });
  await expect(page).toHaveURL(/q=Berlin/);
  await expect(page.locator("#results-heading")).toContainText("for “Berlin”");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("Berlin");
  // Space on a facet applies it; focus stays on that facet.
  const education = page.getByRole("group", { name: "Sector" }).getByRole("checkbox", { name: /Education and youth/ });
  await education.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/sector=EDUCATION_YOUTH/);
  await expect(education).toBeChecked();
  await expect(education).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).not.toHaveURL(/sector=/);
  await expect(education).toBeFocused();
});

test("the search form works with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/organizations");
  await page.getByRole("searchbox", { name: "Search" }).fill("Toronto");
  await page.getByRole("group", { name: "Language" }).getByRole("checkbox", { name: "English" }).check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Toronto/);
  await expect(page).toHaveURL(/language=en/);
  expect(await resultSlugs(page, "organizations")).toContain("friends-of-kyiv-toronto");
  await context.close();
});

test("odd and hostile query strings give a normal page", async ({ page }) => {
  for (const path of [
    `/en/organizations?q=${encodeURIComponent('\'; DROP TABLE "Organization"; --')}`,
    `/en/organizations?q=${"x".repeat(3000)}`,
    `/en/organizations?q=${encodeURIComponent("😀\u202e\u0000&|!:*")}&kind=NOPE&country=ZZZ&page=-4`,
    "/uk/communities?oblast=UA0&type=ANY&population=99&needSector=%00&page=abc",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("#results-heading")).toBeVisible();
  }
});

test("the directory works on a 360 px phone @phone", async ({ page }) => {
  await page.goto("/uk/communities?q=Berezhany");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByRole("link", { name: /Бережанська/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an organisation profile shows its connections, structured data and a protected email", async ({ page }) => {
  await page.goto("/en/organizations/bridges-for-schools-berlin");
  const html = await page.content();
  expect(html).not.toMatch(/info@bridges-for-schools-berlin/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Organization", address: { addressLocality: "Berlin", addressCountry: "DE" } });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Bridges/);
  await expect(page.getByRole("heading", { name: "Upcoming events" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Partnerships" })).toBeVisible();
  await page.getByRole("button", { name: "Show email address" }).click();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@.+\.example$/);
  await expectNoAxeViolations(page);
});

test("a community profile shows its contact without putting the address in the page", async ({ page }) => {
  await page.goto("/uk/communities?q=Berezhany");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Бережанська/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Бережан");
  expect(await page.content()).not.toMatch(/international@[a-z-]+\.hromada\.example/);
  await page.getByRole("button", { name: "Показати адресу пошти" }).click();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:international@.+\.hromada\.example$/);
  await expectNoAxeViolations(page);
});
