// Creating a poll on real PostgreSQL (issue 8): a verified representative's poll waits for a
// moderator with its options in the order typed and an audit entry; someone who does not
// represent the organisation is refused; bad input is answered field by field and writes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NotAllowedError } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { createPollAction } from "@/lib/poll/actions";
import { createPoll } from "@/lib/poll/mutations";
import { pollFormSchema } from "@/lib/poll/schema";
import { formData, settle } from "./support/actions";
import { createPeople, organizationRow, representativeOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { session } from "./support/request-stubs";
import { viewerById } from "./support/seeded-database";

// The action reads the session through getViewer; here it is whoever the test says.
vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

const { prisma } = fileDatabase();
let representative: Viewer;
let member: Viewer;
const owner = { organizationId: "org-bridges", communityId: null } as const;

const base = {
  questionEn: "Which project should we fund first?",
  questionUk: "Який проєкт фінансувати першим?",
  optionsUk: "Шкільний автобус\n\nОпалення школи\nБібліотека",
  optionsEn: "School bus\nSchool heating\n\nLibrary",
  audience: "MEMBERS",
  isAnonymous: "on",
  resultsVisibility: "AFTER_CLOSE",
  timeZone: "Europe/Berlin",
  opensLocal: "2030-03-01T09:00",
  closesLocal: "2030-03-15T18:00",
};

async function parse(values: Record<string, string>) {
  return pollFormSchema.parse(formData(values));
}

/** Runs the form's server action as `viewer`; a redirect (success) comes back as its URL. */
async function submit(viewer: Viewer | null, values: Record<string, string>) {
  session.viewer = viewer;
  const outcome = await settle(createPollAction({}, formData({ locale: "en", owner: `organization:${owner.organizationId}`, ...values })));
  return "redirect" in outcome ? { redirectedTo: outcome.redirect.split(";")[2] } : { result: outcome.result };
}

const counts = async () => ({
  polls: await prisma.poll.count(),
  options: await prisma.pollOption.count(),
  audit: await prisma.auditLog.count(),
});

beforeAll(async () => {
  await prisma.organization.create({ data: organizationRow({ id: "org-bridges", slug: "bridges", name: { en: "Bridges" } }) });
  await createPeople(prisma, [
    { id: "user-rep", email: "rep@test.example", memberships: [representativeOf("org-bridges")] },
    { id: "user-member", email: "member@test.example" },
    // A claim a moderator has not decided yet grants nothing.
    { id: "user-pending", email: "pending@test.example", memberships: [representativeOf("org-bridges", "PENDING")] },
  ]);
  representative = await viewerById("user-rep");
  member = await viewerById("user-member");
});

describe("createPoll", () => {
  it("files a representative's poll as PENDING, options in the order typed, with an audit entry", async () => {
    const { redirectedTo } = await submit(representative, base);
    expect(redirectedTo).toBe("/en/polls/new?submitted=which-project-should-we-fund-first");
    const poll = await prisma.poll.findUniqueOrThrow({
      where: { slug: "which-project-should-we-fund-first" },
      include: { options: { orderBy: { position: "asc" } } },
    });
    expect(poll).toMatchObject({
      status: "PENDING",
      organizationId: "org-bridges",
      communityId: null,
      createdById: "user-rep",
      question: { uk: "Який проєкт фінансувати першим?", en: "Which project should we fund first?" },
      description: {},
      audience: "MEMBERS",
      isAnonymous: true,
      allowNominations: false,
      resultsVisibility: "AFTER_CLOSE",
    });
    // Every option starts with its tally, the only place an anonymous poll counts votes.
    expect(
      (await prisma.pollTally.findMany({ where: { pollId: poll.id }, select: { optionId: true, count: true } })).sort((a, b) =>
        a.optionId.localeCompare(b.optionId),
      ),
    ).toEqual(poll.options.map((o) => ({ optionId: o.id, count: 0 })).sort((a, b) => a.optionId.localeCompare(b.optionId)));
    // Wall-clock times in Berlin (CET), stored in UTC.
    expect(poll.opensAt.toISOString()).toBe("2030-03-01T08:00:00.000Z");
    expect(poll.closesAt.toISOString()).toBe("2030-03-15T17:00:00.000Z");
    expect(poll.options.map((o) => [o.position, o.label, o.isApproved, o.nominatedById])).toEqual([
      [0, { uk: "Шкільний автобус", en: "School bus" }, true, null],
      [1, { uk: "Опалення школи", en: "School heating" }, true, null],
      [2, { uk: "Бібліотека", en: "Library" }, true, null],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { targetId: poll.id } });
    expect(audit).toMatchObject([
      { action: "poll.submitted", targetType: "POLL", actorId: "user-rep", after: { slug: poll.slug, status: "PENDING" } },
    ]);
  });

  it("gives each poll its own slug, never the form's own address", async () => {
    const again = await createPoll(representative, owner, await parse(base));
    expect(again).toEqual({ ok: true, slug: "which-project-should-we-fund-first-2" });
    const news = await createPoll(representative, owner, await parse({ ...base, questionUk: "", questionEn: "New?!" }));
    expect(news).toEqual({ ok: true, slug: "new-2" });
  });

  it("lets a nominations poll start without options (members nominate them)", async () => {
    const result = await createPoll(
      representative,
      owner,
      await parse({ ...base, questionEn: "Youth council nominations", optionsUk: "", optionsEn: "", allowNominations: "on" }),
    );
    const poll = await prisma.poll.findUniqueOrThrow({
      where: { slug: result.slug },
      select: { allowNominations: true, _count: { select: { options: true } } },
    });
    expect(poll).toEqual({ allowNominations: true, _count: { options: 0 } });
  });

  it("refuses someone who does not represent the organisation, and writes nothing", async () => {
    const before = await counts();
    const input = await parse(base);
    await expect(createPoll(member, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    const pending = (await (await import("@/lib/auth/viewer")).loadViewer("user-pending"))!;
    await expect(createPoll(pending, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(createPoll(null, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    // Nor may the representative post for an organisation they do not represent.
    await expect(createPoll(representative, { organizationId: "org-other", communityId: null }, input)).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    expect((await submit(member, base)).result?.serverError).toBe("FORBIDDEN");
    expect((await submit(null, base)).result?.serverError).toBe("SIGN_IN_REQUIRED");
    expect(await counts()).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const fieldErrors = async (values: Record<string, string>) =>
      (await submit(representative, { ...base, ...values })).result?.validationErrors?.fieldErrors;
    expect(await fieldErrors({ optionsUk: "Шкільний автобус", optionsEn: "School bus" })).toEqual({ optionsUk: ["tooFewOptions"] });
    expect(await fieldErrors({ optionsEn: "School bus\nSchool heating" })).toEqual({ optionsEn: ["linesMismatch"] });
    expect(await fieldErrors({ closesLocal: "2030-02-28T09:00" })).toEqual({ closesLocal: ["endBeforeStart"] });
    expect(await fieldErrors({ questionUk: "", questionEn: "" })).toEqual({ questionUk: ["required"] });
    expect(await fieldErrors({ owner: "nobody" })).toEqual({ owner: ["invalid"] });
    expect(await counts()).toEqual(before);
  });
});
