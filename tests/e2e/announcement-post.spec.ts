// Issue 8, item 4 in the browser: a community official posts an announcement (Markdown, with a
// script tag that must never run), it waits for a moderator and is not public meanwhile; the
// moderator approves it in /admin; then it is on /announcements and on the community's profile.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo, signOut } from "./fixtures";
import { approveAsModerator, openAsVisitor, openNewForm } from "./support/listings";

test("an official posts an announcement for their community, a moderator publishes it", async ({ page }) => {
  test.slow(); // three people, two forms, two accessibility scans
  const title = `Volunteers for the school garden ${Date.now().toString(36)}`;
  // Anything the author's text could make the browser do would show up as a dialog.
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  // A visitor is not offered the form.
  await page.goto("/en/announcements");
  await expect(page.getByRole("link", { name: "Post an announcement" })).toHaveCount(0);

  await signInAsDemo(page, /\(community official\)/, "official@demo.example");
  await openNewForm(page, "/en/announcements", "Post an announcement");
  await expect(page.getByRole("heading", { level: 1, name: "Post an announcement" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The official's only listing is Бережанська громада: it is the one offered.
  const owner = page.getByLabel("Posted by");
  await expect(owner).toHaveValue(/^community:/);
  await expect(owner).toContainText(/Berezhan/);
  await expect(page.getByText("HTML is not allowed")).toBeVisible();

  // Send without a body first: the message sits next to the field, and the title stays typed.
  await page.getByLabel("Title in English").fill(title);
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("Please fill this in.")).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(title);

  await page.getByLabel("Title in Ukrainian").fill("Волонтери для шкільного саду");
  await page
    .getByLabel("Text in English")
    .fill(
      "We plant the lyceum's garden on **Saturday**.\n\n- bring gloves\n- bring water\n\n<script>alert('xss')</script>\n\n[Our page](https://example.org/garden)",
    );
  await page.getByRole("group", { name: "Sectors" }).getByRole("checkbox", { name: "Education and youth" }).check();
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page).toHaveURL(/\/en\/announcements\/new\?submitted=/);
  await expect(page.getByRole("status").filter({ hasText: "has been submitted" })).toBeVisible();
  const slug = new URL(page.url()).searchParams.get("submitted")!;
  expect(slug).toMatch(/^volunteers-for-the-school-garden-/);

  // Waiting for a moderator: not on the list, and its page does not exist for the public yet.
  await page.goto("/en/announcements");
  await expect(page.getByRole("heading", { level: 1, name: "Announcements" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.request.get(`/en/announcements/${slug}`)).status()).toBe(404);

  await approveAsModerator(page, "ANNOUNCEMENT", title);

  // A visitor (signed out) now finds it on the list, reads it, and sees it on the community's profile.
  await openAsVisitor(page, "/en/announcements", title);
  await expect(page).toHaveURL(new RegExp(`/en/announcements/${slug}$`));
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(article.locator("strong", { hasText: "Saturday" })).toBeVisible();
  await expect(article.getByRole("listitem")).toHaveCount(2);
  await expect(article.getByRole("link", { name: "Our page" })).toHaveAttribute("rel", /nofollow/);
  await expect(article.getByText("alert('xss')")).toHaveCount(0);
  expect(await article.locator("script").count()).toBe(0);
  await expect(article.getByRole("link", { name: /Berezhan/ })).toBeVisible();
  // Only people who may update it are offered the edit form.
  await expect(page.getByRole("link", { name: "Edit this announcement" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/en/communities/berezhanska-urban");
  await expect(page.getByRole("region", { name: "Announcements" }).getByRole("link", { name: title })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("the author's edit to a published announcement waits for a moderator; others cannot open the edit form", async ({ page }) => {
  // Bridges for Schools Berlin has demo announcements; its representative may edit them.
  const slug = "bridges-for-schools-berlin-school-buses-campaign";
  expect((await page.request.get(`/en/announcements/${slug}/edit`)).status()).toBe(404);

  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  await page.goto(`/en/announcements/${slug}`);
  const published = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("link", { name: "Edit this announcement" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/announcements/${slug}/edit$`));
  await expect(page.getByText("Status: published")).toBeVisible();
  await expectNoAxeViolations(page);
  const titleField = page.getByLabel("Title in English");
  const original = await titleField.inputValue();
  const changed = `${original.replace(/ \(updated [a-z0-9]+\)$/, "")} (updated ${Date.now().toString(36)})`;
  await titleField.fill(changed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes wait for a moderator")).toBeVisible();
  // The form keeps showing what was sent, so the author does not think it was lost.
  await page.reload();
  await expect(page.getByText(/You sent changes on .*They wait for a moderator/)).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(changed);
  // The public keeps the published version until a moderator approves.
  await page.goto(`/en/announcements/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: published, exact: true })).toBeVisible();

  await signOut(page);
  await signInAsDemo(page, /\(community official\)/, "official@demo.example");
  expect((await page.request.get(`/en/announcements/${slug}/edit`)).status()).toBe(404);
  await page.goto(`/en/announcements/${slug}`);
  await expect(page.getByRole("link", { name: "Edit this announcement" })).toHaveCount(0);
});
