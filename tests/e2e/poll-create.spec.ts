// Issue 8 (organisers create polls) in the browser: the organisation's representative creates a
// poll with two options, a moderator approves it, it is listed on /en/polls, and a member votes
// in it once.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAsDemo, signOut } from "./fixtures";
import { approveAsModerator, openNewForm } from "./support/listings";

/** A datetime-local value on a UTC clock (the form's time zone is set to UTC below). */
const utcLocal = (date: Date) => date.toISOString().slice(0, 16);

test("an organisation creates a poll, a moderator approves it, a member votes once", async ({ page }) => {
  const question = `Which day suits the spring fair ${Date.now().toString(36)}?`;
  const day = 86_400_000;

  // Members see no way to create one: they represent nothing.
  await signInAsDemo(page, /\(member\)/, "member@demo.example");
  await page.goto("/en/polls");
  await expect(page.getByRole("heading", { level: 1, name: "Polls" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a poll" })).toHaveCount(0);
  await signOut(page);

  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  await openNewForm(page, "/en/polls", "Create a poll");
  await expect(page.getByRole("heading", { level: 1, name: "Create a poll" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("Organiser", { exact: true })).toContainText("Bridges for Schools Berlin");

  // One option first: the form says what is wrong and keeps what was typed.
  await page.getByLabel("Question in English").fill(question);
  await page.getByLabel("Options in English").fill("Saturday");
  await page.getByLabel("Time zone", { exact: true }).selectOption("UTC");
  // Open since yesterday, so the member can vote as soon as it is approved.
  await page.getByLabel("Voting opens").fill(utcLocal(new Date(Date.now() - day)));
  await page.getByLabel("Voting closes").fill(utcLocal(new Date(Date.now() + 7 * day)));
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("Some fields need attention: see the messages next to them.")).toBeVisible();
  await expect(page.getByLabel("Options in English")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A poll needs at least two options (or let members nominate them).")).toBeVisible();
  await expect(page.getByLabel("Question in English")).toHaveValue(question);
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("UTC");

  await page.getByLabel("Options in English").fill("Saturday\nSunday");
  await page.getByRole("button", { name: "Send for approval" }).click();
  await expect(page.getByText("The poll will appear once a moderator has approved it.")).toBeVisible();
  const slug = new URL(page.url()).searchParams.get("submitted")!;
  expect(slug).toMatch(/^which-day-suits-the-spring-fair-/);
  // Waiting for a moderator: not public yet.
  expect((await page.request.get(`/en/polls/${slug}`)).status()).toBe(404);
  await approveAsModerator(page, "POLL", question);
  await signOut(page);

  await signInAsDemo(page, /\(member\)/, "member@demo.example");
  await page.goto("/en/polls");
  await page.getByRole("link", { name: question }).click();
  await expect(page).toHaveURL(new RegExp(`/en/polls/${slug}$`));
  await expect(page.getByText("Bridges for Schools Berlin").first()).toBeVisible();
  await page.getByRole("radio", { name: "Sunday" }).check();
  await page.getByRole("button", { name: "Vote" }).click();
  await expect(page.getByText("Thank you, your vote has been counted.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("You have already voted in this poll.")).toBeVisible();
  // Results are shown while the poll is open (the form's default): one vote, for Sunday.
  await expect(page.getByText("1 person took part")).toBeVisible();
  await expect(page.getByRole("table", { name: "Results" }).getByRole("row", { name: /Sunday/ })).toContainText("100%");
  await signOut(page);

  // After a vote the ballot is fixed, yet its wording may still be corrected: the fixed choices
  // are sent as they are (they once sat in a disabled fieldset, which sends nothing).
  await signInAsDemo(page, /\(organisation representative\)/, "representative@demo.example");
  await page.goto(`/en/polls/${slug}`);
  await page.getByRole("link", { name: "Edit this poll" }).click();
  await expect(page.getByText("People have already voted")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Anyone signed in" })).toBeDisabled();
  await page.getByLabel("Question in English").fill(`${question} (corrected)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes wait for a moderator; the public sees the published version meanwhile.")).toBeVisible();
});

test("the posting forms tell visitors to sign in and members that they represent no listing", async ({ page }) => {
  for (const path of ["/en/polls/new", "/en/events/new", "/en/announcements/new"]) {
    await page.goto(path);
    const href = await page
      .getByRole("main")
      .getByRole("link", { name: /sign in/i })
      .getAttribute("href");
    expect(decodeURIComponent(href ?? "")).toContain(`next=${path}`);
  }
  await signInAsDemo(page, /\(member\)/);
  for (const path of ["/en/polls/new", "/en/events/new", "/en/announcements/new"]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("combobox", { name: "Organiser", exact: true })).toHaveCount(0);
    await expect(page.getByRole("main")).toContainText(/represent|verified/i);
  }
});
