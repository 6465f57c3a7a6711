// Creating a poll on real PostgreSQL (issue 8): a verified representative's poll waits for a
// moderator with its options in the order typed and an audit entry; someone who does not
// represent the organisation is refused; bad input is answered field by field and writes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { NotAllowedError } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { cloneTestDatabase, type TestDatabase, useAppDatabase } from "./support/database";

// The action reads the session through getViewer; here it is whoever the test says.
const session: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", async (original) => ({ ...(await original<typeof import("@/lib/auth/viewer")>()), getViewer: async () => session.viewer }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let database: TestDatabase;
let prisma: PrismaClient;
let representative: Viewer;
let member: Viewer;
const originalUrl = process.env.DATABASE_URL;
const owner = { organizationId: "org-bridges", communityId: null } as const;

const base = {
  questionEn: "Which project should we fund first?", questionUk: "Який проєкт фінансувати першим?",
  optionsUk: "Шкільний автобус\n\nОпалення школи\nБібліотека", optionsEn: "School bus\nSchool heating\n\nLibrary",
  audience: "MEMBERS", isAnonymous: "on", resultsVisibility: "AFTER_CLOSE", timeZone: "Europe/Berlin",
  opensLocal: "2030-03-01T09:00", closesLocal: "2030-03-15T18:00",
};

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

async function parse(values: Record<string, string>) {
  const { pollFormSchema } = await import("@/lib/poll/schema");
  return pollFormSchema.parse(form(values));
}

/** Runs the form's server action as `viewer`; a redirect (success) comes back as its URL. */
async function submit(viewer: Viewer | null, values: Record<string, string>) {
  const { createPollAction } = await import("@/lib/poll/actions");
  session.viewer = viewer;
  try {
    return { result: await createPollAction({}, form({ locale: "en", owner: `organization:${owner.organizationId}`, ...values })) };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

const counts = async () => ({ polls: await prisma.poll.count(), options: await prisma.pollOption.count(), audit: await prisma.auditLog.count() });

beforeAll(async () => {
  database = await cloneTestDatabase();
  prisma = database.prisma;
  useAppDatabase(database.url);
  const place = { kind: "CIVIL_SOCIETY" as const, country: "DE", city: "Berlin", lat: 52.5, lng: 13.4, publicLat: 52.5, publicLng: 13.4, status: "PUBLISHED" as const };
  await prisma.organization.create({ data: { id: "org-bridges", slug: "bridges", name: { en: "Bridges" }, ...place } });
  await prisma.user.createMany({ data: [{ id: "user-rep", email: "rep@test.example" }, { id: "user-member", email: "member@test.example" }, { id: "user-pending", email: "pending@test.example" }] });
  await prisma.membership.createMany({
    data: [
      { userId: "user-rep", organizationId: "org-bridges", role: "REPRESENTATIVE", status: "VERIFIED" },
      // A claim a moderator has not decided yet grants nothing.
      { userId: "user-pending", organizationId: "org-bridges", role: "REPRESENTATIVE", status: "PENDING" },
    ],
  });
  const { loadViewer } = await import("@/lib/auth/viewer");
  representative = (await loadViewer("user-rep"))!;
  member = (await loadViewer("user-member"))!;
});

afterAll(async () => {
  useAppDatabase(originalUrl);
  await database?.drop();
});

describe("createPoll", () => {
  it("files a representative's poll as PENDING, options in the order typed, with an audit entry", async () => {
    const { redirectedTo } = await submit(representative, base);
    expect(redirectedTo).toBe("/en/polls/new?submitted=which-project-should-we-fund-first");
    const poll = await prisma.poll.findUniqueOrThrow({ where: { slug: "which-project-should-we-fund-first" }, include: { options: { orderBy: { position: "asc" } } } });
    expect(poll).toMatchObject({
      status: "PENDING", organizationId: "org-bridges", communityId: null, createdById: "user-rep",
      question: { uk: "Який проєкт фінансувати першим?", en: "Which project should we fund first?" }, description: {},
      audience: "MEMBERS", isAnonymous: true, allowNominations: false, resultsVisibility: "AFTER_CLOSE",
    });
    // Every option starts with its tally, the only place an anonymous poll counts votes.
    expect((await prisma.pollTally.findMany({ where: { pollId: poll.id }, select: { optionId: true, count: true } })).sort((a, b) => a.optionId.localeCompare(b.optionId)))
      .toEqual(poll.options.map((o) => ({ optionId: o.id, count: 0 })).sort((a, b) => a.optionId.localeCompare(b.optionId)));
    // Wall-clock times in Berlin (CET), stored in UTC.
    expect(poll.opensAt.toISOString()).toBe("2030-03-01T08:00:00.000Z");
    expect(poll.closesAt.toISOString()).toBe("2030-03-15T17:00:00.000Z");
    expect(poll.options.map((o) => [o.position, o.label, o.isApproved, o.nominatedById])).toEqual([
      [0, { uk: "Шкільний автобус", en: "School bus" }, true, null],
      [1, { uk: "Опалення школи", en: "School heating" }, true, null],
      [2, { uk: "Бібліотека", en: "Library" }, true, null],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { targetId: poll.id } });
    expect(audit).toMatchObject([{ action: "poll.submitted", targetType: "POLL", actorId: "user-rep", after: { slug: poll.slug, status: "PENDING" } }]);
  });

  it("gives each poll its own slug, never the form's own address", async () => {
    const { createPoll } = await import("@/lib/poll/mutations");
    const again = await createPoll(representative, owner, await parse(base));
    expect(again).toEqual({ ok: true, slug: "which-project-should-we-fund-first-2" });
    const news = await createPoll(representative, owner, await parse({ ...base, questionUk: "", questionEn: "New?!" }));
    expect(news).toEqual({ ok: true, slug: "new-2" });
  });

  it("lets a nominations poll start without options (members nominate them)", async () => {
    const { createPoll } = await import("@/lib/poll/mutations");
    const result = await createPoll(representative, owner, await parse({ ...base, questionEn: "Youth council nominations", optionsUk: "", optionsEn: "", allowNominations: "on" }));
    const poll = await prisma.poll.findUniqueOrThrow({ where: { slug: result.slug }, select: { allowNominations: true, _count: { select: { options: true } } } });
    expect(poll).toEqual({ allowNominations: true, _count: { options: 0 } });
  });

  it("refuses someone who does not represent the organisation, and writes nothing", async () => {
    const { createPoll } = await import("@/lib/poll/mutations");
    const before = await counts();
    const input = await parse(base);
    await expect(createPoll(member, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    const pending = (await (await import("@/lib/auth/viewer")).loadViewer("user-pending"))!;
    await expect(createPoll(pending, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(createPoll(null, owner, input)).rejects.toBeInstanceOf(NotAllowedError);
    // Nor may the representative post for an organisation they do not represent.
    await expect(createPoll(representative, { organizationId: "org-other", communityId: null }, input)).rejects.toBeInstanceOf(NotAllowedError);
    expect((await submit(member, base)).result?.serverError).toBe("FORBIDDEN");
    expect((await submit(null, base)).result?.serverError).toBe("SIGN_IN_REQUIRED");
    expect(await counts()).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const fieldErrors = async (values: Record<string, string>) => (await submit(representative, { ...base, ...values })).result?.validationErrors?.fieldErrors;
    expect(await fieldErrors({ optionsUk: "Шкільний автобус", optionsEn: "School bus" })).toEqual({ optionsUk: ["tooFewOptions"] });
    expect(await fieldErrors({ optionsEn: "School bus\nSchool heating" })).toEqual({ optionsEn: ["linesMismatch"] });
    expect(await fieldErrors({ closesLocal: "2030-02-28T09:00" })).toEqual({ closesLocal: ["endBeforeStart"] });
    expect(await fieldErrors({ questionUk: "", questionEn: "" })).toEqual({ questionUk: ["required"] });
    expect(await fieldErrors({ owner: "nobody" })).toEqual({ owner: ["invalid"] });
    expect(await counts()).toEqual(before);
  });
});
