// The response layer with a real HTTP server and a stand-in for Next that answers the way Next
// does: headers first (setHeader or writeHead), then the body in chunks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./script-hashes";
import { applyResponsePolicy } from "./response-policy";

const page =
  '<html><head><script src="/_next/a.js"></script><script>self.__next_f=[1]</script></head><body><script>go()</script></body></html>';
let server: Server | undefined;

async function serve(next: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  server = createServer((request, response) => {
    applyResponsePolicy(request, response, { https: false });
    next(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe("the policy our server puts on responses", () => {
  it("hashes the inline scripts of a cached page, sent in chunks through writeHead", async () => {
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT" });
      response.write(page.slice(0, 40));
      response.write(Buffer.from(page.slice(40, 90)));
      response.end(page.slice(90));
    });
    const response = await fetch(`${base}/en/organizations`);
    expect(await response.text()).toBe(page);
    const policy = response.headers.get("content-security-policy") ?? "";
    for (const hash of inlineScriptHashes(page)) expect(policy).toContain(`'${hash}'`);
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
  });

  it("answers HEAD with the same policy as GET and no body", async () => {
    const base = await serve((request, response) => {
      expect(request.method).toBe("GET"); // Next renders the page so the policy can be computed
      response.setHeader("content-type", "text/html");
      response.setHeader("x-nextjs-cache", "HIT");
      response.end(page);
    });
    const get = await fetch(base);
    const head = await fetch(base, { method: "HEAD" });
    expect(head.headers.get("content-security-policy")).toBe(get.headers.get("content-security-policy"));
    expect(await head.text()).toBe("");
  });

  it("streams a page that already carries a nonce policy, untouched", async () => {
    const policy = "script-src 'self' 'nonce-abc'";
    const base = await serve((_request, response) => {
      response.setHeader("content-type", "text/html");
      response.setHeader("content-security-policy", policy);
      response.flushHeaders();
      response.write("<html>");
      setTimeout(() => response.end("</html>"), 20);
    });
    const response = await fetch(base);
    expect(response.headers.get("content-security-policy")).toBe(policy);
    expect(await response.text()).toBe("<html></html>");
  });

  it("gives a nonce page served from the cache hashes instead (its nonce is someone else's)", async () => {
    const base = await serve((_request, response) => {
      response.setHeader("content-type", "text/html");
      response.setHeader("content-security-policy", "script-src 'self' 'nonce-stale'");
      response.setHeader("x-nextjs-cache", "HIT");
      response.end(page);
    });
    const policy = (await fetch(base)).headers.get("content-security-policy") ?? "";
    expect(policy).not.toContain("nonce-stale");
    expect(policy).toContain("'sha256-");
  });

  it("lets nothing that is not a page run or be framed", async () => {
    const base = await serve((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end("{}");
    });
    expect((await fetch(base)).headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });
});

describe("a 304 for a cached page", () => {
  it("brings no policy, so the browser keeps the one that fits its copy", async () => {
    const base = await serve((_request, response) => {
      response.statusCode = 304;
      response.setHeader("etag", '"x"');
      response.end();
    });
    const response = await fetch(base, { headers: { "if-none-match": '"x"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});
