// PRODUCT.md's six journeys, walked from the home page by clicks as a newcomer would, in English
// and Ukrainian, on a desktop (1280 px) and on a 360 px phone (the "@phone" copies, which
// playwright.config.ts runs at that size); a German-speaking visitor walks the visitor's and the
// researcher's journeys (1, 2 and 6) in German. Texts come from messages/*.json by key, so the
// same walk reads the page in any language. The other specs check each feature in depth; these
// check that a person can get there and through.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import nodeIcal from "node-ical";
import { expectNoAxeViolations } from "./fixtures";
import { query } from "./support/database";
import { picker } from "./support/listings";
import { blockOutsideHosts } from "./support/network";
import { openSiteMenu } from "./support/site-menu";
import { signInUrl, startSmtpCapture } from "./support/smtp-capture";
import { label, messageStart, type Locale } from "./support/messages";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
const locales: Locale[] = ["en", "uk", "de"];
/** German walks the journeys a visitor and a researcher make; the signed-in ones are in English and Ukrainian. */
const walksEveryJourney = (locale: Locale) => locale === "en" || locale === "uk";
const sizes = [
  { name: "desktop", tag: "" },
  { name: "phone", tag: " @phone" },
] as const;

test.beforeEach(({ page }) => blockOutsideHosts(page));

/** Follows a section of the primary navigation: the header row on a wide screen, the menu on a phone. */
async function openSection(page: Page, locale: Locale, key: string): Promise<void> {
  const name = label(locale, key);
  if (page.viewportSize()!.width >= 1280) {
    const nav = page.getByRole("navigation", { name: label(locale, "nav.label") });
    const link = nav.getByRole("link", { name, exact: true });
    // Sections past the row's room sit in its "More" menu.
    if (!(await link.isVisible())) await nav.getByText(label(locale, "nav.more"), { exact: true }).click();
    await link.click();
  } else {
    const menu = await openSiteMenu(page);
    await menu.getByRole("link", { name, exact: true }).first().click();
  }
  // "nav.communities" is /communities: wait for it, or the next step acts on the page left behind.
  await expect(page).toHaveURL(new RegExp(`/${locale}/${key.replace(/^nav\./, "")}(\\?|$)`));
}

/** A link of the header's account part (sign in, my account, moderation), the same way. */
async function openAccount(page: Page, locale: Locale, key: "auth.signIn" | "auth.account" | "auth.admin"): Promise<void> {
  const name = new RegExp(`^${label(locale, key)}`);
  if (page.viewportSize()!.width >= 1280) {
    await page.getByRole("banner").getByRole("link", { name }).first().click();
  } else {
    const menu = await openSiteMenu(page);
    await menu.getByRole("link", { name }).first().click();
  }
}

/** Signs in by the emailed link, from the header's "Sign in", as a person who may be new. */
async function signInByEmail(page: Page, locale: Locale, email: string): Promise<void> {
  const smtp = await startSmtpCapture(smtpPort);
  try {
    await page.context().clearCookies();
    await page.goto(`/${locale}`);
    await openAccount(page, locale, "auth.signIn");
    await page.getByLabel(label(locale, "auth.email")).fill(email);
    await page.getByRole("button", { name: label(locale, "auth.sendLink") }).click();
    await expect(page.getByRole("heading", { name: label(locale, "auth.checkEmailTitle") })).toBeVisible();
    const mail = await smtp.waitFor(email);
    await page.goto(signInUrl(mail.text));
    await expect(page).toHaveURL(new RegExp(`/${locale}/account`));
  } finally {
    await smtp.close();
  }
}

/** Signs in as one of the demo people (another person of the journey: a moderator, a representative). */
async function signInAsDemoIn(page: Page, locale: Locale, roleKey: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/${locale}/sign-in`);
  await page.getByRole("button", { name: new RegExp(`\\(${label(locale, roleKey)}\\)`) }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
}

const resultSlugs = (page: Page, noun: "organizations" | "communities") =>
  page
    .getByRole("main")
    .locator(`ul a[href*="/${noun}/"]`)
    .evaluateAll((links) => [...new Set(links.map((a) => (a.getAttribute("href") ?? "").split("/").pop()!))].sort());

const unique = () => Date.now().toString(36);

for (const locale of locales) {
  for (const size of sizes) {
    const variant = `${locale}, ${size.name}`;

    test(`journey 1 (${variant}): map → Germany → education and youth → organisation → its event in my calendar${size.tag}`, async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      await openSection(page, locale, "nav.map");
      await expect(page).toHaveURL(new RegExp(`/${locale}/map`));
      await expect(page.locator(".leaflet-basemap-pane path").first()).toBeAttached();
      await page.getByRole("combobox", { name: label(locale, "map.country"), exact: true }).selectOption("DE");
      await page.getByRole("combobox", { name: label(locale, "map.sector"), exact: true }).selectOption("EDUCATION_YOUTH");
      await expect(page).toHaveURL(/country=DE/);
      await expect(page).toHaveURL(/sector=EDUCATION_YOUTH/);
      // Zoom in to Berlin from the list of what is in view (groups are named by their place) until
      // its organisations are listed one by one; the school-bus evening's organiser is one.
      const inView = page.getByRole("region", { name: label(locale, "map.listHeading") });
      const bridges = inView.getByRole("link", { name: /Bridges for Schools Berlin|Мости для шкіл — Берлін/ });
      await expect(async () => {
        if (await bridges.count()) return;
        const berlin = inView
          .getByRole("listitem")
          .filter({ hasText: /^(Berlin|Берлін)/ })
          .first();
        await berlin.getByRole("button").first().click({ timeout: 2_000 });
        await expect(bridges).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await bridges.first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/organizations/[a-z0-9-]+$`));
      // Its name is written in English and Ukrainian only: a German reader sees it labelled so.
      if (locale === "de") {
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Bridges for Schools Berlin");
        await expect(page.getByRole("heading", { level: 1 })).toContainText(`${messageStart("de", "common.originalLanguage")} Englisch`);
        await expect(page.getByRole("heading", { level: 1 }).locator('[lang="en"]')).toHaveText("Bridges for Schools Berlin");
      }
      const events = page.getByRole("region", { name: label(locale, "organization.upcomingEvents") });
      await events.locator(`a[href^="/${locale}/events/"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/events/[a-z0-9-]+$`));
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: label(locale, "events.addToCalendar") }).click();
      const text = await readFile((await (await downloading).path())!, "utf8");
      const [event] = Object.values(nodeIcal.sync.parseICS(text)).filter((c) => c?.type === "VEVENT") as nodeIcal.VEvent[];
      expect(new Date(event!.start).getTime()).toBeGreaterThan(Date.now());
      await expectNoAxeViolations(page);
    });

    test(`journey 2 (${variant}): Kyiv, Київ and Kiev find the same organisations; a misspelt Berezhany finds its community${size.tag}`, async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      await openSection(page, locale, "nav.organizations");
      await expect(page).toHaveURL(new RegExp(`/${locale}/organizations`));
      const search = page.getByRole("main").getByRole("searchbox", { name: label(locale, "search.label") });
      const found: string[][] = [];
      for (const words of ["Kyiv", "Київ", "Kiev"]) {
        await search.fill(words);
        await search.press("Enter");
        await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(words)}`));
        await expect(page.getByRole("main").locator("mark").first()).toBeVisible();
        found.push(await resultSlugs(page, "organizations"));
      }
      expect(found[0]).toContain("friends-of-kyiv-toronto");
      expect(found[1]).toEqual(found[0]);
      expect(found[2]).toEqual(found[0]);

      await openSection(page, locale, "nav.communities");
      const communities = page.getByRole("main").getByRole("searchbox", { name: label(locale, "search.label") });
      await communities.fill("Berezhani");
      await communities.press("Enter");
      await expect(
        page
          .getByRole("main")
          .getByRole("link", { name: /Бережанська|Berezhanska/ })
          .first(),
      ).toHaveAttribute("href", `/${locale}/communities/berezhanska-urban`);
      await expectNoAxeViolations(page);
    });

    if (walksEveryJourney(locale)) {
      test(`journey 3 (${variant}): an official is verified, publishes the community, registers a need and proposes to the best match, who accepts${size.tag}`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        // A community nobody represents yet, a different one for each walk.
        const [community] = await query<{ slug: string; name: { uk: string; en?: string } }>(
          `SELECT c.slug, c.name FROM "Community" c
          WHERE c.status = 'PUBLISHED' AND c."hiddenAt" IS NULL AND c."oblastCode" = 'UA61000000000060328'
            AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = c.id)
          ORDER BY c.slug OFFSET $1 LIMIT 1`,
          [locales.indexOf(locale) * 2 + (size.name === "phone" ? 1 : 0)],
        );
        const email = `official.${unique()}@example.org`;
        const needTitle = { en: `School bus ${unique()}`, uk: `Шкільний автобус ${unique()}` };

        // The official: finds the community, asks to represent it.
        await signInByEmail(page, locale, email);
        await openSection(page, locale, "nav.communities");
        const search = page.getByRole("main").getByRole("searchbox", { name: label(locale, "search.label") });
        await search.fill(community!.name.uk);
        await search.press("Enter");
        await page.getByRole("main").locator(`a[href="/${locale}/communities/${community!.slug}"]`).first().click();
        await page.getByRole("link", { name: label(locale, "claim.claimLink") }).click();
        await page.getByLabel(label(locale, "claim.position")).fill("Head of international cooperation");
        await page.getByLabel(label(locale, "claim.evidenceEmail")).fill(`cooperation@${community!.slug}.gov.ua`);
        await page.getByRole("button", { name: label(locale, "claim.submit") }).click();
        await expect(page.getByText(label(locale, "claim.pending")).or(page.getByRole("status"))).toBeVisible();

        // A moderator verifies the claim.
        await signInAsDemoIn(page, locale, "auth.roles.MODERATOR");
        await openAccount(page, locale, "auth.admin");
        await page.getByRole("link", { name: label(locale, "admin.queue.claims") }).click();
        const claim = page.getByRole("listitem").filter({ hasText: email });
        await claim.getByRole("button", { name: label(locale, "admin.approve") }).click();
        await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);

        // The official, verified: publishes the community in both languages…
        await signInByEmail(page, locale, email);
        await page.getByRole("main").locator(`a[href="/${locale}/communities/${community!.slug}"]`).first().click();
        const workspace = page.getByRole("region", { name: label(locale, "communityForm.workspaceHeading") });
        await workspace.getByRole("link", { name: label(locale, "community.editProfile") }).click();
        await page.getByLabel(label(locale, "communityForm.descriptionUk")).fill("Громада над Золотою Липою шукає партнерів для шкіл.");
        await page
          .getByLabel(label(locale, "communityForm.descriptionEn"))
          .fill("A community on the Zolota Lypa looking for partners for its schools.");
        await page.getByRole("button", { name: label(locale, "communityForm.submit") }).click();
        await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toBeVisible();

        // …registers a need as people write it…
        await page.goto(`/${locale}/communities/${community!.slug}`);
        await page
          .getByRole("region", { name: label(locale, "communityForm.workspaceHeading") })
          .getByRole("link", { name: label(locale, "matching.addNeed"), exact: true })
          .click();
        await page.getByLabel(label(locale, "need.titleEn")).fill(needTitle.en);
        await page.getByLabel(label(locale, "need.titleUk")).fill(needTitle.uk);
        await page.getByLabel(label(locale, "need.sector")).selectOption("SPECIAL_VEHICLES");
        await page.getByLabel(label(locale, "aidType.GRANT")).check();
        await page.getByLabel(label(locale, "aidType.IN_KIND")).check();
        await page.getByLabel(label(locale, "need.cost")).fill(locale === "uk" ? "~60 000" : "~60,000");
        await page.getByRole("button", { name: label(locale, "need.submit") }).click();

        // …opens its matches and proposes to the best match still free.
        await expect(page).toHaveURL(new RegExp(`/${locale}/communities/${community!.slug}/matches`));
        const match = page
          .getByRole("listitem")
          .filter({ has: page.getByRole("link", { name: /Bridges for Schools Berlin|Мости для шкіл/ }) })
          .first();
        await match.getByText(label(locale, "matching.propose")).click();
        await match.getByLabel(label(locale, "matching.form")).selectOption("JOINT_PROJECT");
        await match.getByLabel(needTitle[locale]).check();
        await match.getByLabel(label(locale, "matching.message")).fill(`Let us plan the bus together (${email}).`);
        await match.getByRole("button", { name: label(locale, "matching.send") }).click();
        // The match now says so, and is not offered again.
        await expect(match.getByText(label(locale, "matching.proposalSent"), { exact: true })).toBeVisible();
        await expect(match.getByText(label(locale, "matching.propose"))).toHaveCount(0);

        // The organisation's representative accepts it from their account.
        await signInAsDemoIn(page, locale, "auth.roles.representative");
        await page
          .getByRole("main")
          .getByRole("link", { name: new RegExp(label(locale, "matching.proposals")) })
          .first()
          .click();
        const proposal = page.getByRole("listitem").filter({ hasText: email });
        await proposal.getByRole("button", { name: label(locale, "matching.accept") }).click();
        await expect(
          page
            .getByRole("listitem")
            .filter({ hasText: email })
            .getByRole("button", { name: label(locale, "matching.accept") }),
        ).toHaveCount(0);

        // On the community's public page, for a visitor.
        await page.context().clearCookies();
        await page.goto(`/${locale}/communities/${community!.slug}`);
        await expect(
          page
            .getByRole("region", { name: label(locale, "organization.partnerships") })
            .getByRole("link", { name: /Bridges for Schools Berlin|Мости для шкіл/ }),
        ).toBeVisible();
        await expect(
          page.getByText("A community on the Zolota Lypa").or(page.getByText("Громада над Золотою Липою")).first(),
        ).toBeVisible();
      });

      test(`journey 4 (${variant}): a new association stays hidden until a moderator approves it; the audit trail has every decision${size.tag}`, async ({
        page,
      }) => {
        const names = { en: `Ukrainian Society of Porto ${unique()}`, uk: `Українське товариство Порту ${unique()}` };
        // Moderators read listings in their own language.
        const name = names[locale];
        await signInByEmail(page, locale, `founder.${unique()}@example.org`);
        await page
          .getByRole("main")
          .getByRole("link", { name: label(locale, "account.registerOrganization") })
          .click();
        await page.getByLabel(label(locale, "register.nameEn")).fill(names.en);
        await page.getByLabel(label(locale, "register.nameUk")).fill(names.uk);
        await page
          .getByLabel(label(locale, "register.kind"))
          .selectOption({ label: label(locale, "organizationKind.DIASPORA_ASSOCIATION") });
        // Places are picked from lists in the reader's language, never typed as codes.
        await picker(page, label(locale, "register.country")).fill(locale === "uk" ? "Португ" : "Portu");
        await page.getByRole("option", { name: locale === "uk" ? "Португалія" : "Portugal" }).click();
        await picker(page, label(locale, "register.city")).fill(locale === "uk" ? "Порт" : "Port");
        await page
          .getByRole("option", { name: locale === "uk" ? /^Порту/ : /^Porto/ })
          .first()
          .click();
        await page.getByRole("button", { name: label(locale, "register.submit") }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/account\\?registered=`));
        const slug = new URL(page.url()).searchParams.get("registered")!;
        expect((await page.request.get(`/${locale}/organizations/${slug}`)).status()).toBe(404);

        await signInAsDemoIn(page, locale, "auth.roles.MODERATOR");
        await openAccount(page, locale, "auth.admin");
        await page.getByRole("link", { name: label(locale, "admin.queue.listings") }).click();
        await page
          .getByRole("listitem")
          .filter({ hasText: name })
          .getByRole("button", { name: label(locale, "admin.approve") })
          .click();
        await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
        expect((await page.request.get(`/${locale}/organizations/${slug}`)).status()).toBe(200);

        // The audit trail says who did what to which listing, in the reader's language, with a link.
        await page.getByRole("link", { name: label(locale, "admin.queue.audit") }).click();
        const entries = page.getByTestId("audit-entry").filter({ has: page.getByRole("link", { name }) });
        await expect(entries.filter({ hasText: messageStart(locale, "audit.actions.organization.submitted") })).toHaveCount(1);
        const approved = entries.filter({ hasText: messageStart(locale, "audit.actions.organization.approved") });
        await expect(approved).toHaveCount(1);
        await expect(approved).toContainText(label(locale, "audit.capacity.moderator"));
        await expectNoAxeViolations(page);
      });

      test(`journey 5 (${variant}): members vote once in the youth council nominations${size.tag}`, async ({ page }) => {
        await signInByEmail(page, locale, `voter.${unique()}@example.org`);
        await openSection(page, locale, "nav.polls");
        await page
          .getByRole("link", { name: /youth council|молодіжної ради/ })
          .first()
          .click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/polls/kryla-youth-council-nominations$`));
        await page.getByRole("radio").first().check();
        await page.getByRole("button", { name: label(locale, "polls.vote"), exact: true }).click();
        await expect(page.getByText(label(locale, "polls.voted"))).toBeVisible();
        await page.reload();
        await expect(page.getByText(label(locale, "polls.alreadyVoted"))).toBeVisible();
        await expect(page.getByRole("button", { name: label(locale, "polls.vote"), exact: true })).toHaveCount(0);
      });
    }

    test(`journey 6 (${variant}): a researcher downloads the organisations as CSV and GeoJSON and reads the same from the API${size.tag}`, async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      await openSection(page, locale, "nav.organizations");
      const total = Number((await page.locator("#results-heading").textContent())!.replace(/\D/g, ""));
      expect(total).toBeGreaterThan(20);
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "CSV", exact: true }).click();
      const csv = await readFile((await (await downloading).path())!, "utf8");
      const rows = parse(csv, { columns: true, bom: true }) as { slug: string }[];
      expect(rows).toHaveLength(total);

      const geojson = await (
        await page.request.get((await page.getByRole("link", { name: "GeoJSON", exact: true }).getAttribute("href"))!)
      ).json();
      const api = await (
        await page.request.get((await page.getByRole("link", { name: "JSON", exact: true }).getAttribute("href"))!)
      ).json();
      const slugs = rows.map((row) => row.slug).sort();
      expect((geojson.features as { properties: { slug: string } }[]).map((f) => f.properties.slug).sort()).toEqual(slugs);
      expect(api.total ?? api.meta?.total ?? api.data?.length).toBe(total);
    });
  }
}
