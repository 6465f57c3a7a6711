// Issue 7, item 2 in the browser: an organisation's representative states what it offers (aid
// types, a typical budget) on the edit page, is told clearly when the range is backwards, and
// the public profile shows the offer at once (a verified representative's edit is published).
// The values keep Bridges a fit for the school-bus need of matching.spec.ts (grant, in-kind,
// €60,000), in case the order of the files changes.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

test.beforeEach(({ page }) => blockOutsideHosts(page));

async function fillOffer(page: Page, budget: { min: string; max: string }) {
  const offer = page.getByRole("region", { name: "What we offer" });
  const aid = offer.getByRole("group", { name: "Kinds of support you give" });
  await aid.getByRole("checkbox", { name: "Grant" }).check();
  await aid.getByRole("checkbox", { name: "Technical assistance" }).check();
  await aid.getByRole("checkbox", { name: "In-kind donation" }).check();
  await offer.getByLabel("Minimum amount").fill(budget.min);
  await offer.getByLabel("Maximum amount").fill(budget.max);
  await offer.getByLabel("Currency").selectOption("EUR");
}

test("a representative sets what the organisation offers and sees it on the public profile", async ({ page }) => {
  await signInAsDemo(page, /\(organisation representative\)/);
  await page.goto("/en/organizations/bridges-for-schools-berlin/edit");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bridges for Schools Berlin");
  const offer = page.getByRole("region", { name: "What we offer" });
  await expect(
    offer.getByRole("group", { name: "Ukrainian oblasts you focus on" }).getByRole("checkbox", { name: "Ternopil Oblast" }),
  ).toBeChecked();
  // A civil-society organisation is not asked for a population (municipalities only).
  await expect(offer.getByLabel("Population of your municipality")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A backwards range is refused, with the reason next to the field.
  await fillOffer(page, { min: "50000", max: "20000" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(offer.getByLabel("Maximum amount")).toHaveAccessibleDescription("The maximum cannot be less than the minimum.");

  await fillOffer(page, { min: "15000", max: "120000" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes are published.")).toBeVisible();

  await page.goto("/en/organizations/bridges-for-schools-berlin");
  const shown = page.getByRole("region", { name: "What we offer" });
  await expect(shown).toContainText("Technical assistance");
  await expect(shown).toContainText("Grant");
  await expect(shown).toContainText("€15,000 – €120,000");
  await expect(shown).toContainText("Ternopil Oblast");
  await expectNoAxeViolations(page);
});
