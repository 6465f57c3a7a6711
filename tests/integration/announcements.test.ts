// Posting announcements on real PostgreSQL: a representative's or official's announcement waits
// as PENDING (audited) until a moderator publishes it; hostile Markdown is kept as typed but
// never becomes HTML on the page; people outside the organiser are refused; bad input, sent
// through the real server action, writes nothing.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { SafeMarkdown } from "@/components/announcement/markdown";
import { createAnnouncementAction } from "@/lib/announcement/actions";
import { createAnnouncement, updateAnnouncement } from "@/lib/announcement/mutations";
import { getPublicAnnouncement, listAnnouncementsOf } from "@/lib/announcement/queries";
import { pickText } from "@/lib/i18n/localized-text";
import { decideListings } from "@/lib/moderation/mutations";
import { formData } from "./support/actions";
import { communityRow, createPeople, officialOf, organizationRow, representativeOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { session } from "./support/request-stubs";
import { viewerById } from "./support/seeded-database";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

// The mutations use the app's own client and pool, as in production.
const { prisma } = fileDatabase();
const people: Record<"repA" | "repB" | "official" | "member" | "moderator", Viewer> = {} as never;
const ownA = { organizationId: "org-a", communityId: null } as const;

const form = (
  overrides: Partial<{ titleUk: string; titleEn: string; bodyUk: string; bodyEn: string; sectors: ("HEATING" | "EDUCATION_YOUTH")[] }> = {},
) => ({
  titleEn: "School buses: a new grant round",
  bodyEn: "## Who may apply\n\n- communities\n- **schools**",
  sectors: ["EDUCATION_YOUTH" as const],
  ...overrides,
});

const counts = async () => ({
  announcements: await prisma.announcement.count(),
  audit: await prisma.auditLog.count({ where: { targetType: "ANNOUNCEMENT" } }),
});

beforeAll(async () => {
  await prisma.organization.createMany({
    data: [
      organizationRow({ id: "org-a", slug: "org-a", name: { en: "Org A" } }),
      organizationRow({ id: "org-b", slug: "org-b", name: { en: "Org B" } }),
    ],
  });
  await prisma.community.create({
    data: communityRow({
      id: "community-t",
      slug: "testova-urban",
      katottg: "UA99999999999999999",
      name: { uk: "Тестова", en: "Testova" },
      oblastCode: "UA99",
      raionCode: "UA9999",
      centerCode: "UA99999999999999998",
      lat: 49.4,
      lng: 24.9,
    }),
  });
  await createPeople(prisma, [
    { id: "u-rep-a", email: "rep-a@test.example", memberships: [representativeOf("org-a")] },
    { id: "u-rep-b", email: "rep-b@test.example", memberships: [representativeOf("org-b")] },
    { id: "u-official", email: "official@test.example", memberships: [officialOf("community-t")] },
    // A claim a moderator has not decided yet grants nothing.
    { id: "u-member", email: "member@test.example", memberships: [representativeOf("org-a", "PENDING")] },
    { id: "u-moderator", email: "moderator@test.example", role: "MODERATOR" },
  ]);
  Object.assign(people, {
    repA: await viewerById("u-rep-a"),
    repB: await viewerById("u-rep-b"),
    official: await viewerById("u-official"),
    member: await viewerById("u-member"),
    moderator: await viewerById("u-moderator"),
  });
});

beforeEach(() => {
  session.viewer = null;
});

describe("createAnnouncement", () => {
  it("stores a PENDING announcement without publishedAt, audited; a moderator's approval publishes it", async () => {
    const result = await createAnnouncement(people.repA, ownA, form());
    expect(result).toEqual({ ok: true, slug: "school-buses-a-new-grant-round" });
    const row = await prisma.announcement.findUniqueOrThrow({ where: { slug: "school-buses-a-new-grant-round" } });
    expect(row).toMatchObject({
      status: "PENDING",
      publishedAt: null,
      organizationId: "org-a",
      communityId: null,
      createdById: "u-rep-a",
      sectors: ["EDUCATION_YOUTH"],
      title: { en: "School buses: a new grant round" },
      body: { en: "## Who may apply\n\n- communities\n- **schools**" },
    });
    const audit = await prisma.auditLog.findMany({ where: { targetType: "ANNOUNCEMENT", targetId: row.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "announcement.submitted", actorId: "u-rep-a", after: { slug: row.slug, status: "PENDING" } }),
    ]);
    // Not public until approved.
    expect(await getPublicAnnouncement(row.slug)).toBeNull();
    expect(await listAnnouncementsOf({ organizationId: "org-a" })).toEqual([]);

    expect(await decideListings(people.moderator, { type: "ANNOUNCEMENT", ids: [row.id], decision: "approve" })).toMatchObject({
      ok: true,
      decided: 1,
    });
    const published = await getPublicAnnouncement(row.slug);
    expect(published?.publishedAt).toBeInstanceOf(Date);
    expect((await listAnnouncementsOf({ organizationId: "org-a" })).map((a) => a.slug)).toEqual([row.slug]);
  });

  it("lets an official post for their community", async () => {
    const result = await createAnnouncement(
      people.official,
      { organizationId: null, communityId: "community-t" },
      form({ titleUk: "Громада шукає партнерів", titleEn: undefined }),
    );
    expect(result).toEqual({ ok: true, slug: "hromada-shukaie-partneriv" });
    expect(
      await prisma.announcement.findUniqueOrThrow({ where: { slug: result.slug }, select: { communityId: true, status: true } }),
    ).toEqual({ communityId: "community-t", status: "PENDING" });
  });

  it("keeps slugs unique and never takes the form's own path", async () => {
    const again = await createAnnouncement(people.repA, ownA, form());
    expect(again).toEqual({ ok: true, slug: "school-buses-a-new-grant-round-2" });
    const named = await createAnnouncement(people.repA, ownA, form({ titleEn: "New" }));
    expect(named).toEqual({ ok: true, slug: "new-2" });
  });

  it("refuses people outside the organiser, and writes nothing", async () => {
    const before = await counts();
    await expect(createAnnouncement(people.repB, ownA, form())).rejects.toThrow(/FORBIDDEN/);
    await expect(createAnnouncement(people.member, ownA, form())).rejects.toThrow(/FORBIDDEN/);
    await expect(createAnnouncement(people.official, ownA, form())).rejects.toThrow(/FORBIDDEN/);
    await expect(createAnnouncement(people.repA, { organizationId: null, communityId: "community-t" }, form())).rejects.toThrow(
      /FORBIDDEN/,
    );
    // Moderators correct announcements but do not post in someone's name.
    await expect(createAnnouncement(people.moderator, ownA, form())).rejects.toThrow(/FORBIDDEN/);
    await expect(createAnnouncement(null, ownA, form())).rejects.toThrow(/SIGN_IN_REQUIRED/);
    expect(await counts()).toEqual(before);
  });
});

describe("hostile Markdown", () => {
  it("is stored as typed and never rendered as HTML", async () => {
    const hostile = [
      "Before <script>alert('xss')</script> after",
      "",
      '<img src=x onerror="alert(1)">',
      "",
      '<a href="javascript:alert(2)">raw link</a> and [md link](javascript:alert(3))',
      "",
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
      "",
      "**still bold**",
    ].join("\n");
    const { slug } = await createAnnouncement(people.repA, ownA, form({ titleEn: "Hostile <b>title</b>", bodyEn: hostile }));
    const row = await prisma.announcement.findUniqueOrThrow({ where: { slug }, select: { id: true, body: true, title: true } });
    expect(row.body).toEqual({ en: hostile }); // the author's text, unchanged
    await decideListings(people.moderator, { type: "ANNOUNCEMENT", ids: [row.id], decision: "approve" });

    const published = (await getPublicAnnouncement(slug))!;
    const html = renderToStaticMarkup(createElement(SafeMarkdown, { text: pickText(published.body, "en")!.text }));
    expect(html).not.toMatch(/<(script|img|iframe|style)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("alert(1)");
    expect(html).toContain("<strong>still bold</strong>");
    expect(html).toContain("Before");
  });
});

describe("updateAnnouncement", () => {
  it("applies the owner's edit directly and audits the titles before and after", async () => {
    const { slug } = await createAnnouncement(people.repA, ownA, form({ titleEn: "Draft title" }));
    const { id } = await prisma.announcement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const result = await updateAnnouncement(
      people.repA,
      id,
      form({ titleEn: "Final title", titleUk: "Остаточна назва", bodyEn: "Changed", sectors: ["HEATING"] }),
    );
    expect(result).toEqual({ ok: true, message: "announcementSaved" });
    const row = await prisma.announcement.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      slug,
      status: "PENDING",
      title: { uk: "Остаточна назва", en: "Final title" },
      body: { en: "Changed" },
      sectors: ["HEATING"],
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetId: id, action: "announcement.updated" } });
    expect(audit.before).toEqual({ title: { en: "Draft title" } });
    expect(audit.after).toEqual({ title: { uk: "Остаточна назва", en: "Final title" } });
  });

  it("refuses people outside the organiser; moderators may correct; a missing one is NOT_FOUND", async () => {
    const { slug } = await createAnnouncement(people.repA, ownA, form({ titleEn: "Guarded" }));
    const { id } = await prisma.announcement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await expect(updateAnnouncement(people.repB, id, form({ titleEn: "Hijacked" }))).rejects.toThrow(/FORBIDDEN/);
    await expect(updateAnnouncement(people.member, id, form({ titleEn: "Hijacked" }))).rejects.toThrow(/FORBIDDEN/);
    await expect(updateAnnouncement(null, id, form({ titleEn: "Hijacked" }))).rejects.toThrow(/SIGN_IN_REQUIRED/);
    expect((await prisma.announcement.findUniqueOrThrow({ where: { id } })).title).toEqual({ en: "Guarded" });
    expect(await updateAnnouncement(people.moderator, id, form({ titleEn: "Guarded, corrected" }))).toEqual({
      ok: true,
      message: "announcementSaved",
    });
    expect(await updateAnnouncement(people.moderator, "c000000000000000000000000", form())).toEqual({ ok: false, reason: "NOT_FOUND" });
    await expect(updateAnnouncement(people.repA, "c000000000000000000000000", form())).rejects.toThrow(/FORBIDDEN/);
  });
});

describe("createAnnouncementAction", () => {
  const valid = { locale: "en", owner: "organization:org-a", titleEn: "Through the action", bodyEn: "Text" };

  it("answers bad input field by field and writes nothing", async () => {
    session.viewer = people.repA;
    const before = await counts();
    const errorsOf = async (values: Record<string, string | string[]>) =>
      ((await createAnnouncementAction({}, formData(values))) as { validationErrors?: { fieldErrors: Record<string, string[]> } })
        .validationErrors?.fieldErrors;

    expect(await errorsOf({ ...valid, titleEn: "", titleUk: "" })).toMatchObject({ titleUk: ["required"] });
    expect(await errorsOf({ ...valid, titleEn: "Hi" })).toMatchObject({ titleEn: ["tooShort"] });
    expect(await errorsOf({ ...valid, titleEn: "x".repeat(201) })).toMatchObject({ titleEn: ["tooLong"] });
    expect(await errorsOf({ ...valid, bodyEn: "   " })).toMatchObject({ bodyUk: ["required"] });
    expect(await errorsOf({ ...valid, bodyEn: "x".repeat(20_001) })).toMatchObject({ bodyEn: ["tooLong"] });
    expect(await errorsOf({ ...valid, sectors: ["HEATING", "NOT_A_SECTOR"] })).toMatchObject({ sectors: ["invalid"] });
    expect(await errorsOf({ ...valid, owner: "organization:org a; DROP TABLE" })).toMatchObject({ owner: ["invalid"] });
    expect(await errorsOf({ ...valid, owner: "" })).toHaveProperty("owner");
    expect(await counts()).toEqual(before);
  });

  it("refuses a stranger as FORBIDDEN and sends the author to the form with `submitted` on success", async () => {
    session.viewer = people.repB;
    const before = await counts();
    expect(await createAnnouncementAction({}, formData(valid))).toMatchObject({ serverError: "FORBIDDEN" });
    expect(await counts()).toEqual(before);

    session.viewer = people.repA;
    const redirect = await createAnnouncementAction({}, formData({ ...valid, bodyEn: "x".repeat(20_000) })).then(
      () => null,
      (error: { digest?: string }) => error.digest ?? "",
    );
    expect(redirect).toMatch(/^NEXT_REDIRECT;\w+;\/en\/announcements\/new\?submitted=through-the-action;/);
    expect(await counts()).toEqual({ announcements: before.announcements + 1, audit: before.audit + 1 });
  });
});
