// The community workspace (issue 7): Бережанська громада's verified official edits the profile
// (published at once) and moves a need along. The need is added here first, so marking it in
// progress leaves the seeded open needs that other journeys rely on untouched.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";

const profile = "/en/communities/berezhanska-urban";

test.beforeEach(({ page }) => blockOutsideHosts(page));

test("the official edits the English challenges and sees them on the public profile", async ({ page }) => {
  await signInAsDemo(page, /\(community official\)/);
  await page.goto(profile);
  const workspace = page.getByRole("region", { name: "Workspace" });
  await expect(workspace.getByRole("link", { name: "Add a need" })).toBeVisible();
  await expect(workspace.getByRole("link", { name: "Partnership proposals" })).toBeVisible();
  await expectNoAxeViolations(page);
  await workspace.getByRole("link", { name: "Edit profile" }).click();

  await expect(page).toHaveURL(/\/en\/communities\/berezhanska-urban\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Berezhanska");
  // The official data is shown, not offered for editing.
  const official = page.getByRole("region", { name: "Official data" });
  await expect(official).toContainText("UA61040030000060956");
  await expect(official.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByLabel("Challenges in Ukrainian")).toHaveValue(/шкільні автобуси/);
  await expectNoAxeViolations(page);

  const challenge = "The bridge over the Zolota Lypa needs repair before the school year.";
  await page.getByLabel("Challenges in English").fill(challenge);
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("Your changes are published.")).toBeVisible();

  // Published at once, for everyone.
  await page.goto(profile);
  await expect(page.getByRole("region", { name: "Challenges" })).toContainText(challenge);
  await expect(page.getByRole("region", { name: "Partner preferences" })).toContainText("Germany");
});

test("the official marks a need in progress; the profile and the workspace say so", async ({ page }) => {
  const title = "Water pumps for the village wells";
  await signInAsDemo(page, /\(community official\)/);
  await page.goto(profile);
  await page.getByRole("link", { name: "+ Add a need" }).click();
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Sector").selectOption("INFRASTRUCTURE");
  await page.getByLabel("Approximate cost").fill("18000");
  await page.getByRole("button", { name: "Publish the need" }).click();
  await expect(page).toHaveURL(/\/en\/communities\/berezhanska-urban\/matches/);

  await page.goto(profile);
  const openNeeds = page.getByRole("region", { name: "Needs", exact: true });
  const item = openNeeds.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await item.getByRole("link", { name: `Edit: ${title}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Edit a need" })).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(title);
  await expect(page.getByLabel("Approximate cost")).toHaveValue("18000");
  await expectNoAxeViolations(page);
  await page.getByLabel("Status", { exact: true }).selectOption("IN_PROGRESS");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes are published.")).toBeVisible();

  await page.goto(profile);
  // Still on the profile, now marked as in progress (open needs come first).
  await expect(
    page
      .getByRole("region", { name: "Needs", exact: true })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: title }) }),
  ).toContainText("In progress");
  const workspace = page.getByRole("region", { name: "Workspace" });
  await expect(workspace.getByRole("listitem").filter({ hasText: title })).toContainText("In progress");
});
