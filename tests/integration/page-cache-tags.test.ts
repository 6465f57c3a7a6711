// The page cache's keys against real writes (docs/decisions/0019-page-cache-with-tags.md): the
// proxy's rewrite for visitors and for signed-in people, and which writes move which pages' keys.
// The indexer runs on PostgreSQL; server actions' revalidatePath is lib/cache/revalidate.ts.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import proxy from "@/proxy";
import { revalidatePath } from "@/lib/cache/revalidate";
import { listingsVersion } from "@/lib/cache/listings-version";
import { reindexOrganization } from "@/lib/search/indexer";
import { fileDatabase } from "./support/file-database";

vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);
// next-intl's middleware does not load outside Next's bundler; for /uk and /en paths it lets the
// request through unchanged, which is what this stand-in does.
vi.mock("next-intl/middleware", async () => {
  const { NextResponse } = await import("next/server");
  return { default: () => () => NextResponse.next() };
});

const database = fileDatabase({ demo: true });

/** Where the proxy sends a GET for `path`: the rewritten path, or null when rendered per request. */
function rewriteOf(path: string, cookie?: string): string | null {
  const request = new NextRequest(`http://127.0.0.1:3000${path}`, { headers: cookie ? { cookie } : {} });
  const target = proxy(request).headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
}

describe("the proxy's cached copies", () => {
  it("answers visitors from a copy, signed-in people per request with a nonce, and refuses copies asked for directly", async () => {
    const event = await database.prisma.event.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
    const path = `/en/events/${event.slug}`;
    expect(rewriteOf(path)).toMatch(new RegExp(`^/en/cached/page/\\d+\\.${"/events/"}${event.slug}$`));
    expect(rewriteOf("/uk")).toMatch(/^\/uk\/cached\/page\/\d+\.$/);

    const signedIn = proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: { cookie: "atlas.session-token=abc" } }));
    expect(signedIn.headers.get("x-middleware-rewrite")).toBeNull();
    expect(signedIn.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);

    const direct = proxy(new NextRequest(`http://127.0.0.1:3000${rewriteOf(path)}`, { headers: { cookie: "atlas.session-token=abc" } }));
    expect(direct.status).toBe(404);
  });

  it("moves the keys of the pages a write concerns and keeps the others", async () => {
    const organization = await database.prisma.organization.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    const event = await database.prisma.event.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
    const poll = await database.prisma.poll.findFirstOrThrow({ select: { slug: true } });
    const pages = ["/en", "/en/organizations", "/en/communities", `/en/events/${event.slug}`, `/en/polls/${poll.slug}`, "/en/polls"];
    const keys = () => Object.fromEntries(pages.map((page) => [page, rewriteOf(page)]));

    // An organisation re-indexed (an edit, an approval): its directory, home, and pages that name organisers.
    const before = keys();
    const listings = listingsVersion();
    await reindexOrganization(database.prisma, organization.id);
    const afterIndex = keys();
    expect(listingsVersion()).toBeGreaterThan(listings);
    expect(afterIndex["/en/communities"]).toBe(before["/en/communities"]);
    for (const page of ["/en", "/en/organizations", `/en/events/${event.slug}`]) expect(afterIndex[page], page).not.toBe(before[page]);

    // A vote (the poll action revalidates its page): polls and home only; facets and map clusters stay.
    const listingsBeforeVote = listingsVersion();
    revalidatePath(`/[locale]/polls/${poll.slug}`, "page");
    const afterVote = keys();
    expect(listingsVersion()).toBe(listingsBeforeVote);
    for (const page of ["/en/organizations", "/en/communities", `/en/events/${event.slug}`])
      expect(afterVote[page], page).toBe(afterIndex[page]);
    for (const page of ["/en", `/en/polls/${poll.slug}`, "/en/polls"]) expect(afterVote[page], page).not.toBe(afterIndex[page]);
  });
});
