// Sign-in, claim and report are limited per client address and per account (issue 6): a run of
// requests is refused once either allowance is used up, and another address or account goes on.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { cloneTestDatabase, type TestDatabase, useAppDatabase } from "./support/database";

const state: { viewer: Viewer | null; ip: string } = { viewer: null, ip: "203.0.113.1" };
vi.mock("@/lib/auth/viewer", async (original) => ({ ...(await original<typeof import("@/lib/auth/viewer")>()), getViewer: async () => state.viewer }));
vi.mock("@/lib/auth/next-auth", () => ({
  requestEmailLink: async () => true, signIn: async () => undefined, signOut: async () => undefined, auth: async () => null, oauthProviders: () => [],
  handlers: { GET: async () => new Response("ok"), POST: async () => new Response("sent") },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": `${state.ip}, 10.0.0.1` }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let database: TestDatabase;
const originalUrl = process.env.DATABASE_URL;
const member = (id: string): Viewer => ({ id, email: `${id}@test.example`, name: null, role: "MEMBER", locale: "en", memberships: [] });

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}
type Answer = { data?: { ok: boolean; reason?: string } };
const refusedForVolume = (answer: unknown) => (answer as Answer).data?.reason === "TOO_MANY";
/** Server actions end a successful sign-in request with a redirect (thrown). */
async function settle(call: Promise<unknown>): Promise<unknown> {
  try {
    return await call;
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { data: { ok: true } };
    throw error;
  }
}

beforeAll(async () => {
  database = await cloneTestDatabase();
  useAppDatabase(database.url);
});

afterAll(async () => {
  useAppDatabase(originalUrl);
  await database?.drop();
});

describe("sign-in links", () => {
  it("allow 5 requests per email address, then refuse; another address still gets one", async () => {
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.10";
    const ask = (email: string) => settle(requestSignInLink({}, form({ email, locale: "en" })));
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await ask("Someone@Example.org"));
    expect(answers.map(refusedForVolume)).toEqual([false, false, false, false, false, true]);
    expect(refusedForVolume(await ask("other@example.org"))).toBe(false);
  });

  it("allow 30 requests per client address whatever the email, then refuse", async () => {
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.11";
    const refused = [];
    for (let i = 0; i < 31; i++) refused.push(refusedForVolume(await settle(requestSignInLink({}, form({ email: `person${i}@example.org`, locale: "en" })))));
    expect(refused.slice(0, 30).every((r) => !r)).toBe(true);
    expect(refused[30]).toBe(true);
    state.ip = "203.0.113.12";
    expect(refusedForVolume(await settle(requestSignInLink({}, form({ email: "person99@example.org", locale: "en" }))))).toBe(false);
  });

  it("count next-auth's own email endpoint too, answering 429", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const post = () => POST(new NextRequest("http://localhost/api/auth/signin/nodemailer", {
      method: "POST", body: new URLSearchParams({ email: "direct@example.org", csrfToken: "x" }),
      headers: { "x-forwarded-for": "203.0.113.13", "content-type": "application/x-www-form-urlencoded" },
    }));
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe("claims", () => {
  it("allow 10 per account per hour, and 30 per address across accounts", async () => {
    const { claimListingAction } = await import("@/lib/membership/actions");
    const claim = () => claimListingAction({}, form({ targetType: "COMMUNITY", targetId: "c000000000000000000000000", title: "Head of cooperation" }));
    state.ip = "203.0.113.20";
    state.viewer = member("claimer-a");
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await claim());
    expect(answers.slice(0, 10).map((a) => (a as Answer).data?.reason)).toEqual(Array(10).fill("NOT_FOUND"));
    expect(refusedForVolume(answers[10])).toBe(true);
    // Same address, fresh accounts: the address's allowance (30) runs out after 19 more.
    const more = [];
    for (let i = 0; i < 20; i++) {
      state.viewer = member(`claimer-${i}`);
      more.push(refusedForVolume(await claim()));
    }
    expect(more.slice(0, 19).every((r) => !r)).toBe(true);
    expect(more[19]).toBe(true);
  });
});

describe("reports", () => {
  it("allow 20 per account per hour", async () => {
    const { reportListingAction } = await import("@/lib/report/actions");
    state.ip = "203.0.113.30";
    await database.prisma.user.create({ data: { id: "reporter", email: "reporter@test.example" } });
    state.viewer = member("reporter");
    const refused = [];
    for (let i = 0; i < 21; i++)
      refused.push(refusedForVolume(await reportListingAction({}, form({ targetType: "ORGANIZATION", targetId: "c000000000000000000000000", reason: "SPAM" }))));
    expect(refused.slice(0, 20).every((r) => !r)).toBe(true);
    expect(refused[20]).toBe(true);
    // A flag on an id that names no public listing is refused, and nothing was stored.
    expect(await database.prisma.report.count()).toBe(0);
  });
});
