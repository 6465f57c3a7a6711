// Sign-in, claim and report are limited per client address and per account (issue 6): a run of
// requests is refused once either allowance is used up, and another address or account goes on.
// The address is the socket's (X-Forwarded-For counts only through trusted proxy hops), the
// sign-in account is the mailbox Auth.js delivers to, and the counts are in the database (or
// Redis), so another process or a restart spends the same allowance (issue 14).
import { spawn, type ChildProcess } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { Redis } from "ioredis";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { formData, settle as settleRedirect } from "./support/actions";
import { fileDatabase } from "./support/file-database";

// Who is signed in and the client's address, in this file (not ./support/request-stubs): a
// test below restarts the modules, and these must survive it.
const state: { viewer: Viewer | null; ip: string; forwarded: string } = { viewer: null, ip: "203.0.113.1", forwarded: "10.0.0.1" };
vi.mock("@/lib/auth/viewer", async (original) => ({
  ...(await original<typeof import("@/lib/auth/viewer")>()),
  getViewer: async () => state.viewer,
}));
vi.mock("@/lib/auth/next-auth", async () => ({
  ...(await import("./support/request-stubs")).nextAuthStub,
  handlers: { GET: async () => new Response("ok"), POST: async () => new Response("sent") },
}));
vi.mock("next/headers", async () =>
  (await import("./support/request-stubs")).requestHeaders(
    () => new Headers({ [SOCKET_ADDRESS_HEADER]: state.ip, "x-forwarded-for": state.forwarded }),
  ),
);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

const database = fileDatabase();
const member = (id: string): Viewer => ({ id, email: `${id}@test.example`, name: null, role: "MEMBER", locale: "en", memberships: [] });

type Answer = { data?: { ok: boolean; reason?: string } };
const refusedForVolume = (answer: unknown) => (answer as Answer).data?.reason === "TOO_MANY";
/** Server actions end a successful sign-in request with a redirect (thrown): that is a link sent. */
async function settle(call: Promise<unknown>): Promise<unknown> {
  const outcome = await settleRedirect(call);
  return "redirect" in outcome ? { data: { ok: true } } : outcome.result;
}

describe("sign-in links", () => {
  it("allow 5 requests per email address, then refuse; another address still gets one", async () => {
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.10";
    const ask = (email: string) => settle(requestSignInLink({}, formData({ email, locale: "en" })));
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await ask("Someone@Example.org"));
    expect(answers.map(refusedForVolume)).toEqual([false, false, false, false, false, true]);
    expect(refusedForVolume(await ask("other@example.org"))).toBe(false);
  });

  it("allow 30 requests per client address whatever the email, then refuse", async () => {
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.11";
    const refused = [];
    for (let i = 0; i < 31; i++)
      refused.push(refusedForVolume(await settle(requestSignInLink({}, formData({ email: `person${i}@example.org`, locale: "en" })))));
    expect(refused.slice(0, 30).every((r) => !r)).toBe(true);
    expect(refused[30]).toBe(true);
    state.ip = "203.0.113.12";
    expect(refusedForVolume(await settle(requestSignInLink({}, formData({ email: "person99@example.org", locale: "en" }))))).toBe(false);
  });

  it("count next-auth's own email endpoint too, answering 429", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const post = () =>
      POST(
        new NextRequest("http://localhost/api/auth/signin/nodemailer", {
          method: "POST",
          body: new URLSearchParams({ email: "direct@example.org", csrfToken: "x" }),
          headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.13", "content-type": "application/x-www-form-urlencoded" },
        }),
      );
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("trust the socket's address, not X-Forwarded-For: 40 requests with 40 forged addresses are refused after 30", async () => {
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.14";
    const refused = [];
    for (let i = 0; i < 40; i++) {
      state.forwarded = `198.51.100.${i + 1}`;
      refused.push(refusedForVolume(await settle(requestSignInLink({}, formData({ email: `forger${i}@example.org`, locale: "en" })))));
    }
    expect(refused.slice(0, 30).every((r) => !r)).toBe(true);
    expect(refused.slice(30).every((r) => r)).toBe(true);
  });

  it("count a@x.com,x and plus-addresses against the mailbox they reach", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    const post = (email: string, ip: string) =>
      POST(
        new NextRequest("http://localhost/api/auth/signin/nodemailer", {
          method: "POST",
          body: new URLSearchParams({ email, csrfToken: "x" }),
          headers: { [SOCKET_ADDRESS_HEADER]: ip, "content-type": "application/x-www-form-urlencoded" },
        }),
      );
    // Each from its own address, so only the mailbox's allowance (5) can run out.
    const statuses = [];
    for (const [i, email] of ["a@x.com,x", "A@X.com", " a+1@x.com ", "a+2@x.com,y"].entries())
      statuses.push((await post(email, `203.0.113.${40 + i}`)).status);
    state.ip = "203.0.113.50";
    const viaAction = refusedForVolume(await settle(requestSignInLink({}, formData({ email: "a+3@x.com", locale: "en" }))));
    expect([statuses, viaAction]).toEqual([[200, 200, 200, 200], false]);
    const refusedPost = await post("a@x.com", "203.0.113.51");
    expect(refusedPost.status).toBe(429);
    expect(Number(refusedPost.headers.get("retry-after"))).toBeGreaterThan(800);
    state.ip = "203.0.113.52";
    expect(refusedForVolume(await settle(requestSignInLink({}, formData({ email: "a+4@x.com", locale: "en" }))))).toBe(true);
  });
});

describe("claims", () => {
  it("allow 10 per account per hour, and 30 per address across accounts", async () => {
    const { claimListingAction } = await import("@/lib/membership/actions");
    const claim = () =>
      claimListingAction({}, formData({ targetType: "COMMUNITY", targetId: "c000000000000000000000000", title: "Head of cooperation" }));
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
      refused.push(
        refusedForVolume(
          await reportListingAction({}, formData({ targetType: "ORGANIZATION", targetId: "c000000000000000000000000", reason: "SPAM" })),
        ),
      );
    expect(refused.slice(0, 20).every((r) => !r)).toBe(true);
    expect(refused[20]).toBe(true);
    // A flag on an id that names no public listing is refused, and nothing was stored.
    expect(await database.prisma.report.count()).toBe(0);
  });
});

describe("counts shared between processes", () => {
  it("a sign-in allowance spent in one process is spent in another and after a restart", async () => {
    const { createLimiters } = await import("@/lib/http/rate-limit");
    // Another process: its own Prisma client (connection pool) and limiters on the same database.
    const other = createLimiters({ prisma: database.prisma });
    await other.signIn.address.consume("203.0.113.60", 30);
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.60";
    expect(refusedForVolume(await settle(requestSignInLink({}, formData({ email: "late@example.org", locale: "en" }))))).toBe(true);
    const row = await database.prisma.rateLimit.findUnique({ where: { key: "signIn.address:203.0.113.60" } });
    expect(row?.points).toBe(31);
    expect(row!.expire!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // A restart: fresh modules, nothing in memory; the database still remembers.
    vi.resetModules();
    const restarted = await import("@/app/[locale]/sign-in/actions");
    expect(restarted.requestSignInLink).not.toBe(requestSignInLink);
    expect(refusedForVolume(await settle(restarted.requestSignInLink({}, formData({ email: "later@example.org", locale: "en" }))))).toBe(
      true,
    );
    state.ip = "203.0.113.61";
    expect(refusedForVolume(await settle(restarted.requestSignInLink({}, formData({ email: "later@example.org", locale: "en" }))))).toBe(
      false,
    );
  });

  it("a window that ended starts again from one point, in one statement", async () => {
    const { createLimiters } = await import("@/lib/http/rate-limit");
    const limiters = createLimiters({ prisma: database.prisma });
    await database.prisma.rateLimit.create({
      data: { key: "export.address:203.0.113.62", points: 99, expire: new Date(Date.now() - 1000) },
    });
    const res = await limiters.export.address.consume("203.0.113.62");
    expect(res.consumedPoints).toBe(1);
    expect(res.msBeforeNext).toBeGreaterThan(55_000);
  });

  it("count in memory, and warn, when the store cannot be reached", async () => {
    const { createLimiters } = await import("@/lib/http/rate-limit");
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/nothing" }) });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const limiters = createLimiters({ prisma: unreachable });
    const outcomes = [];
    for (let i = 0; i < 31; i++)
      outcomes.push(
        await limiters.signIn.address.consume("203.0.113.63").then(
          () => "ok",
          () => "refused",
        ),
      );
    expect(outcomes.slice(0, 30)).toEqual(Array(30).fill("ok"));
    expect(outcomes[30]).toBe("refused");
    expect(warn).toHaveBeenCalled();
    await unreachable.$disconnect();
  });
});

describe("public reads", () => {
  const get = (url: string, ip: string, forwarded?: string) =>
    new NextRequest(url, { headers: { [SOCKET_ADDRESS_HEADER]: ip, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) } });

  it("answer 429 with Retry-After once an address has spent its budget, whatever X-Forwarded-For says", async () => {
    const { GET } = await import("@/app/api/v1/viewer/route");
    const { budgets, createLimiters } = await import("@/lib/http/rate-limit");
    // All but the last 20 requests of the budget come from another process, to keep this quick.
    await createLimiters({ prisma: database.prisma }).api.address.consume("203.0.113.70", budgets.api.address.points - 20);
    const statuses = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await GET(get("http://localhost/api/v1/viewer", "203.0.113.70", `198.51.100.${i}`))).status);
    expect(statuses).toEqual(Array(20).fill(200));
    const refused = await GET(get("http://localhost/api/v1/viewer", "203.0.113.70", "198.51.100.251"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect((await refused.json()).status).toBe(429);
    expect((await GET(get("http://localhost/api/v1/viewer", "203.0.113.71"))).status).toBe(200);
  });

  it("count the map, exports and feeds under their own budgets", async () => {
    const { createLimiters, budgets } = await import("@/lib/http/rate-limit");
    const other = createLimiters({ prisma: database.prisma });
    const cases = [
      { kind: "map" as const, route: () => import("@/app/api/v1/map/route"), url: "http://localhost/api/v1/map?bbox=x" },
      {
        kind: "export" as const,
        route: () => import("@/app/api/v1/organizations.csv/route"),
        url: "http://localhost/api/v1/organizations.csv",
      },
    ];
    for (const [i, { kind, route, url }] of cases.entries()) {
      const ip = `203.0.113.${80 + i}`;
      await other[kind].address.consume(ip, budgets[kind].address.points - 1);
      const { GET } = await route();
      expect((await GET(get(url, ip))).status, kind).not.toBe(429);
      expect((await GET(get(url, ip))).status, kind).toBe(429);
    }
    // IPv6: one /64 is one client.
    await other.feed.address.consume("2001:db8:0:9::/64", budgets.feed.address.points);
    const { GET } = await import("@/app/feed.xml/route");
    expect((await GET(get("http://localhost/feed.xml", "2001:db8:0:9::abcd"))).status).toBe(429);
  });
});

describe("with REDIS_URL", () => {
  const port = 6391;
  let server: ChildProcess;
  const clients: Redis[] = [];
  const redis = () => {
    const client = new Redis({ port, host: "127.0.0.1", lazyConnect: false });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    // Fails (not skips) where redis-server is missing: scripts/test/provision.ts ensureRedis() installs it.
    server = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"],
      { stdio: "ignore" },
    );
    await new Promise<void>((resolve, reject) => {
      server.once("error", (error) => reject(new Error(`redis-server could not start: ${error.message}`)));
      const probe = async (tries: number): Promise<void> => {
        const client = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        client.on("error", () => undefined);
        try {
          await client.connect();
          await client.ping();
          client.disconnect();
          resolve();
        } catch {
          client.disconnect();
          if (tries <= 0) reject(new Error(`redis-server did not answer on port ${port}`));
          else setTimeout(() => void probe(tries - 1), 100);
        }
      };
      void probe(50);
    });
  });

  afterAll(async () => {
    const { closeRedisClient } = await import("@/lib/db/rate-limit-store");
    await closeRedisClient();
    delete process.env.REDIS_URL;
    await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
    server?.kill("SIGTERM");
  });

  it("spend one allowance across processes", async () => {
    const { createLimiters } = await import("@/lib/http/rate-limit");
    const first = createLimiters({ redis: redis() });
    const second = createLimiters({ redis: redis() });
    await clients[0]!.ping();
    await clients[1]!.ping();
    for (let i = 0; i < 5; i++) await first.signIn.account.consume("a@x.com");
    await expect(second.signIn.account.consume("a@x.com")).rejects.toMatchObject({ remainingPoints: 0 });
    expect(Number(await clients[0]!.get("signIn.account:a@x.com"))).toBe(6);
  });

  it("are what the app counts with instead of the database", async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    const { redisClient } = await import("@/lib/db/rate-limit-store");
    await new Promise<void>((resolve) =>
      redisClient(process.env.REDIS_URL!).status === "ready"
        ? resolve()
        : redisClient(process.env.REDIS_URL!).once("ready", () => resolve()),
    );
    const { requestSignInLink } = await import("@/app/[locale]/sign-in/actions");
    state.ip = "203.0.113.90";
    const refused = [];
    for (let i = 0; i < 6; i++)
      refused.push(refusedForVolume(await settle(requestSignInLink({}, formData({ email: "b+tag@x.com", locale: "en" })))));
    expect(refused).toEqual([false, false, false, false, false, true]);
    expect(Number(await redis().get("signIn.account:b@x.com"))).toBe(6);
    expect(await database.prisma.rateLimit.findUnique({ where: { key: "signIn.account:b@x.com" } })).toBeNull();
  });
});
