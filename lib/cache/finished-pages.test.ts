import { ServerResponse, IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { finishedPage, finishedPageKey, FinishedPages, sendFinishedPage } from "./finished-pages";
import { bumpTags } from "./tags";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  url,
  headers: { "accept-encoding": "gzip, br", ...headers },
});

describe("finishedPageKey", () => {
  it("keys a visitor's plain page request by its cached copy, which moves on when what it shows changes", () => {
    const key = finishedPageKey(request("/en/events/spring-fair"));
    expect(key).toMatch(/^\/en\/cached\//);
    expect(finishedPageKey(request("/en/events/spring-fair"))).toBe(key);
    bumpTags(["events"]);
    expect(finishedPageKey(request("/en/events/spring-fair"))).not.toBe(key);
  });

  it("leaves to Next whatever is not a visitor's plain document request", () => {
    expect(finishedPageKey(request("/en/events/spring-fair", { cookie: `${SESSION_COOKIE_NAMES[0]}=x` }))).toBeNull();
    expect(finishedPageKey(request("/en/events/spring-fair", { rsc: "1" }))).toBeNull();
    expect(finishedPageKey(request("/en/events/spring-fair", { "next-action": "abc" }))).toBeNull();
    expect(finishedPageKey(request("/en/events/spring-fair?_rsc=1"))).toBeNull();
    expect(finishedPageKey(request("/en/events/spring-fair", { "accept-encoding": "identity" }))).toBeNull();
    expect(finishedPageKey(request("/en/events/spring-fair", {}, "POST"))).toBeNull();
    expect(finishedPageKey(request("/en/account"))).toBeNull();
    expect(finishedPageKey(request("/en/dialogues/x"))).toBeNull(); // read per browser (its anonymous token)
  });
});

describe("a finished page", () => {
  const response = () => new ServerResponse(new IncomingMessage(new Socket()));

  it("keeps the page's own headers, not the request's", () => {
    const sent = response();
    sent.setHeader("Content-Type", "text/html; charset=utf-8");
    sent.setHeader("Content-Security-Policy", "script-src 'sha256-x'");
    sent.setHeader("X-Request-Id", "r1");
    sent.setHeader("Date", "yesterday");
    sent.setHeader("x-nextjs-cache", "MISS");
    const page = finishedPage(sent, Buffer.from("gz"))!;
    expect(Object.fromEntries(page.headers)).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "script-src 'sha256-x'",
      "x-nextjs-cache": "MISS",
    });

    const next = response();
    next.setHeader("X-Request-Id", "r2");
    sendFinishedPage(next, page, false);
    expect(next.getHeader("x-request-id")).toBe("r2");
    expect(next.getHeader("content-security-policy")).toBe("script-src 'sha256-x'");
    expect(next.getHeader("x-nextjs-cache")).toBe("HIT"); // served from our store: a hit, whatever rendered it
  });

  it("is never kept when the response sets a cookie", () => {
    const sent = response();
    sent.setHeader("Set-Cookie", "a=b");
    expect(finishedPage(sent, Buffer.from("gz"))).toBeNull();
  });

  it("is dropped least recently used first beyond the store's size", () => {
    const store = new FinishedPages(10);
    const page = (n: number) => ({ headers: [], gzipped: Buffer.alloc(n) });
    store.set("a", page(4));
    store.set("b", page(4));
    expect(store.get("a")).toBeDefined(); // a is now the most recent
    store.set("c", page(4));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
  });
});
