// A poll's times in its own zone (issue 16): the zone the organiser picks in the poll form is
// stored with the poll, the poll's ballot and edit form show its times in that zone (named), and
// an organiser's change of zone to a published poll waits for a moderator like any other edit.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { formData } from "./support/actions";
import { createPeople, organizationRow, representativeOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { viewerById } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);
// The locale-aware Link needs Next's router; a plain anchor shows the same href.
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
}));
// The server component reads its messages per request; here from the message files, in `locale`.
const translation = vi.hoisted(() => ({ locale: "en" as "en" | "uk" }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: translation.locale, messages: translation.locale === "uk" ? uk : en, namespace: namespace as never }),
}));

const { PollBallot } = await import("@/app/[locale]/polls/[slug]/_components/poll-ballot");
const { decideChangeRequest } = await import("@/lib/moderation/mutations");
const { pollFormValues } = await import("@/lib/poll/edit-values");
const { createPoll, updatePoll } = await import("@/lib/poll/mutations");
const { getPollForEdit, getPublicPoll } = await import("@/lib/poll/queries");
const { pollFormSchema } = await import("@/lib/poll/schema");

const { prisma } = fileDatabase();
const people: Record<"rep" | "moderator", Viewer> = {} as never;
const owner = { organizationId: "org-berlin", communityId: null } as const;

const form = (values: Record<string, string> = {}) =>
  pollFormSchema.parse(
    formData({
      questionEn: "Which evening suits you?",
      optionsEn: "Tuesday\nThursday",
      audience: "SIGNED_IN",
      isAnonymous: "on",
      resultsVisibility: "ALWAYS",
      timeZone: "Europe/Berlin",
      opensLocal: "2030-03-01T09:00",
      closesLocal: "2030-03-15T18:00",
      ...values,
    }),
  );

/** Creates the poll through the organiser's mutation and publishes it, as a moderator would. */
async function publishedPoll(questionEn: string) {
  const created = await createPoll(people.rep, owner, form({ questionEn }));
  if (!created.ok) throw new Error("poll not created");
  return prisma.poll.update({ where: { slug: created.slug }, data: { status: "PUBLISHED" }, select: { id: true, slug: true } });
}

/** The ballot of a poll that has not opened yet, as a signed-out visitor reads it. */
async function upcomingBallot(slug: string, locale: "en" | "uk") {
  translation.locale = locale;
  const found = await getPublicPoll(slug, new Date("2029-01-01T00:00:00Z"));
  if (!found) throw new Error(`poll ${slug} not public`);
  return renderToStaticMarkup(await PollBallot({ found, state: "UPCOMING", viewer: null, locale }));
}

beforeAll(async () => {
  await prisma.organization.create({ data: organizationRow({ id: "org-berlin", slug: "berlin-org", name: { en: "Berlin org" } }) });
  await createPeople(prisma, [
    { id: "u-rep", email: "rep@test.example", memberships: [representativeOf("org-berlin")] },
    { id: "u-moderator", email: "moderator@test.example", role: "MODERATOR" },
  ]);
  people.rep = await viewerById("u-rep");
  people.moderator = await viewerById("u-moderator");
});

describe("a poll created in Berlin time", () => {
  it("keeps the organiser's zone, and its ballot and edit form show Berlin time, named", async () => {
    const poll = await publishedPoll("Which evening suits you?");
    const stored = await prisma.poll.findUniqueOrThrow({ where: { id: poll.id } });
    expect(stored.timeZone).toBe("Europe/Berlin");
    // 09:00 in Berlin (CET) is 08:00 UTC, and 10:00 in Kyiv: the page must not say 10:00.
    expect(stored.opensAt.toISOString()).toBe("2030-03-01T08:00:00.000Z");

    expect((await getPublicPoll(poll.slug))?.poll.timeZone).toBe("Europe/Berlin");
    expect(await upcomingBallot(poll.slug, "en")).toContain("Voting opens 1 March 2030, 09:00 (Berlin time).");
    expect(await upcomingBallot(poll.slug, "uk")).toContain("1 березня 2030 р., 09:00 (за часом Берліна)");

    const editing = await getPollForEdit(poll.slug);
    expect(editing && pollFormValues(editing, editing.options)).toMatchObject({
      timeZone: "Europe/Berlin",
      opensLocal: "2030-03-01T09:00",
      closesLocal: "2030-03-15T18:00",
    });
  });

  it("moves to another zone only when a moderator approves the organiser's edit, the wall-clock times kept", async () => {
    const poll = await publishedPoll("Which morning suits you?");
    expect(await updatePoll(people.rep, poll.id, form({ questionEn: "Which morning suits you?", timeZone: "Europe/Kyiv" }))).toEqual({
      ok: true,
      message: "editSubmitted",
    });
    const request = await prisma.changeRequest.findFirstOrThrow({ where: { targetId: poll.id, status: "PENDING" } });
    // The same 09:00 typed in another zone: only the zone differs in the form's terms.
    expect(request.changes).toEqual({ timeZone: "Europe/Kyiv" });
    expect((await prisma.poll.findUniqueOrThrow({ where: { id: poll.id } })).timeZone).toBe("Europe/Berlin");

    expect(await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: true })).toMatchObject({ ok: true });
    const moved = await prisma.poll.findUniqueOrThrow({ where: { id: poll.id } });
    expect(moved.timeZone).toBe("Europe/Kyiv");
    expect(moved.opensAt.toISOString()).toBe("2030-03-01T07:00:00.000Z");
    expect(await upcomingBallot(poll.slug, "en")).toContain("Voting opens 1 March 2030, 09:00 (Kyiv time).");
  });

  it("is changed at once by a moderator's own edit", async () => {
    const poll = await publishedPoll("Which afternoon suits you?");
    expect(
      await updatePoll(people.moderator, poll.id, form({ questionEn: "Which afternoon suits you?", timeZone: "America/Toronto" })),
    ).toEqual({ ok: true, message: "pollSaved" });
    const moved = await prisma.poll.findUniqueOrThrow({ where: { id: poll.id } });
    expect(moved.timeZone).toBe("America/Toronto");
    // 09:00 in Toronto (EST) is 14:00 UTC.
    expect(moved.opensAt.toISOString()).toBe("2030-03-01T14:00:00.000Z");
  });
});
