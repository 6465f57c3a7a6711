// Listings through the pages a person uses: registering an organisation, and a moderator's
// queue. The person who acts is signed in already (../fixtures.ts, signInAsDemo).
import { expect, type Locator, type Page } from "@playwright/test";
import { signInAsDemo, signOut } from "../fixtures";

export interface NewOrganization {
  nameEn: string;
  nameUk?: string;
  country: string;
  city: string;
}

/** Opens the registration form and fills it in, without sending it. */
export async function fillOrganizationForm(page: Page, organization: NewOrganization): Promise<void> {
  await page.goto("/en/organizations/new");
  await page.getByLabel("Name in English").fill(organization.nameEn);
  if (organization.nameUk !== undefined) await page.getByLabel("Name in Ukrainian").fill(organization.nameUk);
  await page.getByLabel("Kind of organisation").selectOption("DIASPORA_ASSOCIATION");
  // The country is picked from a list: its code, typed and left, names one country exactly.
  const country = picker(page, "Country");
  await country.fill(organization.country);
  await country.blur();
  await picker(page, "City").fill(organization.city);
}

/** Registers an organisation, which lands on the account page; its slug, as the page says it. */
export async function registerOrganization(page: Page, organization: NewOrganization): Promise<string> {
  await fillOrganizationForm(page, organization);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page).toHaveURL(/\/en\/account\?registered=/);
  return new URL(page.url()).searchParams.get("registered")!;
}

export type ListingType = "ORGANIZATION" | "EVENT" | "ANNOUNCEMENT" | "POLL";

/** The entry for the listing named `title` in the moderator's queue of listings of `type`. */
export async function queueEntry(page: Page, type: ListingType, title: string): Promise<Locator> {
  await page.goto(`/en/admin?queue=listings&type=${type}`);
  return page.getByRole("listitem").filter({ hasText: title });
}

/** A moderator approves the listing named `title`; it leaves the queue. */
export async function approveInQueue(page: Page, type: ListingType, title: string): Promise<void> {
  const entry = await queueEntry(page, type, title);
  await entry.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
}

/** The signed-in author hands over to the demo moderator, who approves the listing named `title`. */
export async function approveAsModerator(page: Page, type: ListingType, title: string): Promise<void> {
  await signOut(page);
  await signInAsDemo(page, /\(moderator\)/, "moderator@demo.example");
  await approveInQueue(page, type, title);
}

/** Follows the link named `linkName` on the list at `listPath` to the form for a new one. */
export async function openNewForm(page: Page, listPath: string, linkName: string): Promise<void> {
  await page.goto(listPath);
  await page.getByRole("link", { name: linkName }).click();
  await expect(page).toHaveURL(new RegExp(`${listPath}/new$`));
}

/** Opens the listing named `title` from the list at `listPath` as a visitor: signed out, by dropping the cookies. */
export async function openAsVisitor(page: Page, listPath: string, title: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(listPath);
  await page.getByRole("link", { name: title }).click();
}

/**
 * A searchable picker (components/forms/combobox.tsx) by its label. Before the page has hydrated
 * the same field is a native <select> (the no-JavaScript fallback), which cannot be typed into:
 * this waits for the text input.
 */
export function picker(page: Page, name: string): Locator {
  return page.locator('input[role="combobox"]').and(page.getByRole("combobox", { name, exact: true }));
}
