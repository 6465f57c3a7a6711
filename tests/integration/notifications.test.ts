// Notices that say what happened (issue 16): each names who did what to which thing, links to it
// and reads in the reader's language; the email goes out in the recipient's language; opening a
// notice marks it read; "Listings I manage" counts a verified official's community.
import { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getAccountOverview, listManagedListings } from "@/lib/account/queries";
import { readOutbox } from "@/lib/email/outbox";
import { decideListings } from "@/lib/moderation/mutations";
import { markAllNoticesRead } from "@/lib/notification/mutations";
import { countUnreadNotices, listNotices } from "@/lib/notification/queries";
import { renderNotice, type NoticeTranslator } from "@/lib/notification/render";
import { proposePartnership } from "@/lib/partnership/mutations";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { organizationRow } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { session } from "./support/request-stubs";
import { DEMO_EMAILS, viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

const database = fileDatabase({ demo: true, searchIndex: false });
const viewer = (email: string) => viewerByEmail(database.prisma, email);
const translator = (locale: "en" | "uk") =>
  createTranslator({ locale, messages: locale === "en" ? en : uk, namespace: "notifications" }) as unknown as NoticeTranslator;

const names = { bridges: { uk: "", en: "" }, berezhany: { uk: "", en: "" } };
let proposalSlug = "";

beforeAll(async () => {
  const [bridges, berezhany] = await Promise.all([
    database.prisma.organization.findUniqueOrThrow({ where: { slug: "bridges-for-schools-berlin" }, select: { id: true, name: true } }),
    database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true, name: true } }),
  ]);
  Object.assign(names.bridges, bridges.name);
  Object.assign(names.berezhany, berezhany.name);
  // A fresh proposal from the representative's organisation to the official's community.
  await database.prisma.partnership.deleteMany({ where: { organizationId: bridges.id, communityId: berezhany.id } });
  const result = await proposePartnership(await viewer(DEMO_EMAILS.representative), {
    organizationId: bridges.id,
    communityId: berezhany.id,
    form: "MEMORANDUM",
    needIds: [],
  });
  if (!result.ok || !("slug" in result)) throw new Error(`proposal refused: ${JSON.stringify(result)}`);
  proposalSlug = String(result.slug);
});

describe("a partnership proposal's notice", () => {
  it("names the proposer, the verb and the community, with a link, in English and in Ukrainian", async () => {
    const official = await viewer(DEMO_EMAILS.official);
    const { items } = await listNotices(official.id, 1);
    const notice = items.find((n) => n.kind === "partnership.proposed");
    expect(notice, "the official is told").toBeDefined();
    const inEnglish = renderNotice(translator("en"), "en", notice!);
    expect(inEnglish.text).toBe(`${names.bridges.en} proposed a partnership to ${names.berezhany.en}.`);
    expect(inEnglish.path).toBe(`/partnerships/proposals#${proposalSlug}`);
    const inUkrainian = renderNotice(translator("uk"), "uk", notice!);
    expect(inUkrainian.text).toBe(`${names.bridges.uk} пропонує партнерство для «${names.berezhany.uk}».`);
    expect(notice!.readAt).toBeNull();
  });

  it("counts as a proposal to answer on the official's /account", async () => {
    const overview = await getAccountOverview(await viewer(DEMO_EMAILS.official));
    expect(overview.counts.proposals).toBeGreaterThanOrEqual(1);
    expect(overview.counts.unread).toBeGreaterThanOrEqual(1);
  });
});

describe("the email", () => {
  it("goes out in the recipient's language, naming the listing in that language", async () => {
    const person = await database.prisma.user.create({
      data: { email: "english.author@example.org", name: "English Author", locale: "en", notifyByEmail: true },
    });
    const org = await database.prisma.organization.create({
      data: organizationRow({
        slug: "notice-english-author",
        name: { uk: "Українська назва", en: "English Name" },
        status: "PENDING",
        createdById: person.id,
      }),
    });
    const moderator = await viewer(DEMO_EMAILS.moderator);
    expect(await decideListings(moderator, { type: "ORGANIZATION", ids: [org.id], decision: "approve" })).toMatchObject({ ok: true });
    const email = readOutbox().find((m) => m.to === "english.author@example.org");
    expect(email?.subject).toBe("A moderator published your organisation English Name · Diaspora Atlas");
    expect(email?.text).toContain("/en/organizations/notice-english-author");
    expect(email?.text).not.toMatch(/[А-Яа-яІіЇїЄє]/);
  });
});

describe("opening and marking notices read", () => {
  it("opening a notice through its link marks it read and goes to the thing", async () => {
    const official = await viewer(DEMO_EMAILS.official);
    const notice = (await listNotices(official.id, 1)).items.find((n) => n.kind === "partnership.proposed")!;
    const { GET } = await import("@/app/[locale]/account/notifications/[id]/route");
    session.viewer = official;
    const response = await GET(new NextRequest(`http://localhost/en/account/notifications/${notice.id}`), {
      params: Promise.resolve({ locale: "en", id: notice.id }),
    });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/en/partnerships/proposals");
    expect(new URL(response.headers.get("location")!).hash).toBe(`#${proposalSlug}`);
    const after = await database.prisma.notification.findUniqueOrThrow({ where: { id: notice.id } });
    expect(after.readAt).not.toBeNull();
  });

  it("someone else's notice stays unread, and signed out it asks to sign in", async () => {
    const official = await viewer(DEMO_EMAILS.official);
    const other = await database.prisma.notification.create({
      data: { userId: official.id, kind: "listing.approved", payload: { name: "Старий формат", url: "/organizations/x" } },
    });
    const { GET } = await import("@/app/[locale]/account/notifications/[id]/route");
    session.viewer = await viewer(DEMO_EMAILS.member);
    const response = await GET(new NextRequest(`http://localhost/en/account/notifications/${other.id}`), {
      params: Promise.resolve({ locale: "en", id: other.id }),
    });
    expect(new URL(response.headers.get("location")!).pathname).toBe("/en/account/notifications");
    expect((await database.prisma.notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBeNull();
    session.viewer = null;
    const signedOut = await GET(new NextRequest(`http://localhost/uk/account/notifications/${other.id}`), {
      params: Promise.resolve({ locale: "uk", id: other.id }),
    });
    expect(new URL(signedOut.headers.get("location")!).pathname).toBe("/uk/sign-in");
  });

  it("lists unread first, and 'mark all read' leaves nothing unread", async () => {
    const official = await viewer(DEMO_EMAILS.official);
    const { items } = await listNotices(official.id, 1);
    const firstRead = items.findIndex((n) => n.readAt !== null);
    expect(items.slice(firstRead).every((n) => n.readAt !== null)).toBe(true);
    expect(await countUnreadNotices(official.id)).toBeGreaterThan(0);
    await markAllNoticesRead(official);
    expect(await countUnreadNotices(official.id)).toBe(0);
  });
});

describe("listings I manage", () => {
  it("include a verified official's community", async () => {
    const official = await viewer(DEMO_EMAILS.official);
    const managed = await listManagedListings(official.id);
    expect(managed.map((l) => `${l.kind}:${l.slug}`)).toContain("community:berezhanska-urban");
  });
});
