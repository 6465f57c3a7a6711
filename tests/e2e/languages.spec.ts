// Issue 22: the site in six languages. Every public page in every language renders in that
// language (html lang), shows no raw message key, carries hreflang links to all six versions,
// and has no axe violations; the language switch keeps the page and its query; a text that
// exists only in another language is marked with `lang` and labelled with that language.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";
import { openLanguageSwitch } from "./support/site-menu";
import { filled, label, locales, messageStart } from "./support/messages";

test.beforeEach(({ page }) => blockOutsideHosts(page));

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
/** Every message key: next-intl shows "namespace.key" in place of a message it cannot find. */
const messageKeys = new Set(flatten(JSON.parse(readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8")) as Messages));

async function rawKeysOn(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return [...new Set(text.match(/[A-Za-z]+(?:\.[A-Za-z0-9_]+)+/g) ?? [])].filter((token) => messageKeys.has(token));
}

/** The first card's link on a list page, for a profile to visit. */
async function firstCard(page: Page, listPath: string): Promise<string> {
  await page.goto(listPath);
  const href = await page.getByRole("main").locator("article :is(h2, h3) a").first().getAttribute("href");
  if (!href) throw new Error(`no card on ${listPath}`);
  return href.replace(/^\/[a-z]{2}/, "");
}

const pages = [
  "",
  "/map",
  "/organizations",
  "/communities",
  "/communities/berezhanska-urban",
  "/communities/berezhanska-urban/priorities",
  "/communities/berezhanska-urban/recovery",
  "/needs",
  "/events",
  "/events?view=calendar",
  "/partnerships",
  "/announcements",
  "/polls",
  "/dialogues",
  "/dialogues/berezhany-what-should-the-youth-centre-be",
  "/recovery",
  "/stats",
  "/data",
  "/api",
  "/sign-in",
];

for (const locale of locales) {
  test(`every public page in ${locale}: its language, no raw keys, hreflang to all six, no axe violations`, async ({ page }) => {
    test.setTimeout(240_000);
    const profiles = [await firstCard(page, `/en/organizations`), await firstCard(page, `/en/events?when=past`)];
    for (const pagePath of [...pages, ...profiles]) {
      const url = `/${locale}${pagePath}`;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("html"), url).toHaveAttribute("lang", locale);
      expect(await rawKeysOn(page), url).toEqual([]);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href")!).pathname}`));
      const bare = pagePath.split("?")[0];
      expect(alternates.sort(), url).toEqual([...locales.map((other) => `${other} /${other}${bare}`), `x-default ${bare || "/"}`].sort());
      await expectNoAxeViolations(page);
    }
  });
}

test("the language switch opens the same page, with its query, in the chosen language", async ({ page }) => {
  await page.goto("/de/organizations?q=Kyiv");
  const switcher = await openLanguageSwitch(page);
  await expect(switcher.getByRole("link")).toHaveText(["Українська", "English", "Deutsch", "Français", "Polski", "Italiano"]);
  await expect(switcher.getByRole("link", { name: "Deutsch" })).toHaveAttribute("aria-current", "true");
  await switcher.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/organizations\?q=Kyiv$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("Kyiv");
});

test("dates and numbers follow the reader's language", async ({ page }) => {
  await page.goto("/de");
  // The home page's counts: German groups thousands with a full stop.
  await expect(page.getByRole("main")).toContainText("1.774");
  await page.goto("/fr");
  await expect(page.getByRole("main")).toContainText("1\u202f774");
});

test("a text written in English only is shown to a Polish reader marked and labelled with its language", async ({ page }) => {
  await page.goto("/pl/organizations?q=Bridges%20for%20Schools");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Bridges for Schools Berlin/ })
    .first()
    .click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading.locator('[lang="en"]')).toHaveText("Bridges for Schools Berlin");
  await expect(heading).toContainText(`${messageStart("pl", "common.originalLanguage")} angielski`);
});

test("an official writes a need in German only; German readers read it, a Ukrainian reader sees it marked as German", async ({ page }) => {
  const title = `Schulbus für das Lyzeum ${Date.now().toString(36)}`;
  await signInAsDemo(page, /\(community official\)/);
  await page.goto("/de/communities/berezhanska-urban/needs/new");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // German comes first on a German page; the other languages stay folded.
  await expect(page.getByText(label("de", "forms.otherLanguages")).first()).toBeVisible();
  const germanTitle = filled("de", "forms.inLanguage", { field: label("de", "forms.fields.title"), language: "Deutsch" });
  await page.getByLabel(germanTitle, { exact: true }).fill(title);
  await expect(page.getByLabel(germanTitle, { exact: true })).toHaveAttribute("lang", "de");
  await page.getByLabel(label("de", "need.sector"), { exact: true }).selectOption("SPECIAL_VEHICLES");
  await page.getByLabel(label("de", "need.cost"), { exact: true }).fill("60.000");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: label("de", "need.submit") }).click();
  await expect(page).toHaveURL(/\/de\/communities\/berezhanska-urban\/matches/);

  await page.goto("/de/communities/berezhanska-urban");
  await expect(page.getByRole("main").getByText(title)).toBeVisible();
  await page.goto("/uk/communities/berezhanska-urban");
  await expect(page.getByRole("main").locator('[lang="de"]', { hasText: title }).first()).toBeVisible();
});
