import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log, logger } from "@/lib/log/logger";
import { loggableRoute, withRequestLogging } from "./request-logging";

describe("loggableRoute", () => {
  it("drops the query string and fragment", () => {
    expect(loggableRoute("/en/organizations?q=berlin&email=a@b.c#x")).toBe("/en/organizations");
    expect(loggableRoute("/")).toBe("/");
    expect(loggableRoute(undefined)).toBe("/");
  });

  it("keeps only the route of /api/auth, never what a callback carries", () => {
    expect(loggableRoute("/api/auth/callback/nodemailer?token=abc&email=a%40b.c")).toBe("/api/auth/callback/nodemailer");
    expect(loggableRoute("/api/auth/callback/github/extra-secret-segment")).toBe("/api/auth/callback/github");
  });

  it("reads absolute-form targets and scrubs addresses typed into a path", () => {
    expect(loggableRoute("http://atlas.example/en/map?bbox=1,2,3,4")).toBe("/en/map");
    expect(loggableRoute("*")).toBe("*");
    expect(loggableRoute("/en/someone@example.org")).toBe("/en/[redacted]@…");
    expect(loggableRoute("/" + "a".repeat(500)).length).toBe(200);
  });
});

describe("withRequestLogging", () => {
  let lines: Record<string, unknown>[];
  let raw: string[];

  beforeEach(() => {
    lines = [];
    raw = [];
    logger.level = "info"; // tests log from warn up; these read the info lines
    vi.spyOn(console, "info").mockImplementation((line: string) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    });
  });
  afterEach(() => {
    logger.level = "warn";
  });

  async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void) {
    const server = createServer(withRequestLogging(handler));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; requestId: string; body: string }>((resolve, reject) => {
        httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode!, requestId: String(res.headers["x-request-id"]), body }));
        })
          .on("error", reject)
          .end();
      });
    return { get, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("logs each line written inside a request with that request's own id, concurrently", async () => {
    const app = await serve(async (request, response) => {
      const slow = request.url!.startsWith("/slow");
      log().info({ step: "start", path: request.url }, "handling");
      // The slow request's second line is written after the fast one has finished.
      await new Promise((resolve) => setTimeout(resolve, slow ? 60 : 5));
      log({ action: "test" }).info({ step: "end", path: request.url }, "handled");
      response.end(slow ? "slow" : "fast");
    });
    const [slow, fast] = await Promise.all([app.get("/slow"), app.get("/fast", { "X-Request-Id": "client-chosen" })]);
    await app.close();

    expect(slow.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fast.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(slow.requestId).not.toBe(fast.requestId);
    expect(fast.requestId).not.toBe("client-chosen"); // never the client's own

    const inside = lines.filter((l) => l.msg === "handling" || l.msg === "handled");
    expect(inside).toHaveLength(4);
    for (const line of inside) expect(line.requestId).toBe(line.path === "/slow" ? slow.requestId : fast.requestId);
    // The fast request was entirely served while the slow one waited: the contexts interleaved.
    expect(inside.map((l) => `${l.path} ${l.step}`).indexOf("/fast end")).toBeLessThan(
      inside.map((l) => `${l.path} ${l.step}`).indexOf("/slow end"),
    );

    const access = lines.filter((l) => l.msg === "request");
    expect(access).toHaveLength(2);
    expect(access.find((l) => l.route === "/slow")).toMatchObject({ requestId: slow.requestId, method: "GET", status: 200, bytes: 4 });
    expect(access.find((l) => l.route === "/fast")).toMatchObject({ requestId: fast.requestId, status: 200, bytes: 4 });
    expect(access.every((l) => typeof l.ms === "number")).toBe(true);
  });

  it("logs an auth callback without its token or the person's address", async () => {
    const app = await serve((_request, response) => {
      response.writeHead(302, { Location: "/en" }).end();
    });
    const answer = await app.get("/api/auth/callback/nodemailer?token=9f8e7d6c5b4a&email=a%40b.c&callbackUrl=%2Fen");
    await app.close();
    expect(answer.status).toBe(302);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "request", route: "/api/auth/callback/nodemailer", status: 302, requestId: answer.requestId });
    for (const secret of ["9f8e7d6c5b4a", "a%40b.c", "a@b.c", "token=", "email=", "?"]) expect(raw[0]).not.toContain(secret);
  });
});
