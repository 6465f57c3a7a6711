import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, CompressedCopies, serveCompressedCopies } from "./compressed-copies";

const page = Buffer.from(`<!doctype html><html><body>${"<p>a cached page</p>".repeat(200)}</body></html>`);

function fakeResponse(headers: Record<string, string>) {
  const sent: { chunk?: unknown; headers: Map<string, unknown> } = { headers: new Map(Object.entries(headers)) };
  const response = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader: (name: string, value: unknown) => sent.headers.set(name.toLowerCase(), value),
    hasHeader: (name: string) => sent.headers.has(name.toLowerCase()),
    write: () => true,
    end: (chunk?: unknown) => {
      sent.chunk = chunk;
      return response;
    },
  });
  return { response: response as unknown as ServerResponse, sent };
}
const request = (encoding: string | undefined, method = "GET") =>
  ({ method, headers: encoding ? { "accept-encoding": encoding } : {} }) as unknown as IncomingMessage;

describe("serveCompressedCopies", () => {
  it("gzips a cached page once and sends the same copy to the next visitor", () => {
    const copies = new CompressedCopies();
    for (let i = 0; i < 3; i++) {
      const { response, sent } = fakeResponse({ "x-nextjs-cache": "HIT" });
      serveCompressedCopies(request("gzip, deflate, br"), response, copies);
      response.end(page);
      expect(sent.headers.get("content-encoding")).toBe("gzip");
      expect(gunzipSync(sent.chunk as Buffer).equals(page)).toBe(true);
    }
    expect([copies.misses, copies.hits]).toEqual([1, 2]);
  });

  it("leaves pages rendered per request, streamed pages, HEAD and clients without gzip to the compression below", () => {
    const copies = new CompressedCopies();
    const cases: { headers: Record<string, string>; req: IncomingMessage }[] = [
      { headers: {}, req: request("gzip") },
      { headers: { "x-nextjs-cache": "HIT" }, req: request(undefined) },
      { headers: { "x-nextjs-cache": "HIT" }, req: request("gzip;q=0, br") },
      { headers: { "x-nextjs-cache": "HIT" }, req: request("gzip", "HEAD") },
    ];
    for (const { headers, req } of cases) {
      const { response, sent } = fakeResponse(headers);
      serveCompressedCopies(req, response, copies);
      response.end(page);
      expect(sent.chunk).toBe(page);
      expect(sent.headers.has("content-encoding")).toBe(false);
    }
    const { response, sent } = fakeResponse({ "x-nextjs-cache": "HIT" });
    serveCompressedCopies(request("gzip"), response, copies);
    response.write(page);
    response.end(page);
    expect(sent.chunk).toBe(page);
    expect(copies.misses).toBe(0);
  });

  it("keeps within its size, dropping the least recently used copy", () => {
    const copies = new CompressedCopies(1);
    copies.gzip(page);
    copies.gzip(Buffer.from(`${page.toString()}!`));
    copies.gzip(page);
    expect(copies.hits).toBe(0);
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("in our server's stack (compression, then the copies, then the response policy)", () => {
  it("sends a cached page's stored copy with its script hashes in the policy, and compresses other pages as before", async () => {
    const { createServer } = await import("node:http");
    const { default: compression } = await import("compression");
    const { applyResponsePolicy } = await import("@/lib/http/response-policy");
    const { policyContext } = await import("@/lib/http/security-headers");
    const compress = compression();
    const copies = new CompressedCopies();
    const html = `<!doctype html><html><head><script>self.x=1</script></head><body>${"<p>hello</p>".repeat(500)}</body></html>`;
    const server = createServer((req, res) => {
      compress(req as never, res as never, () => {
        serveCompressedCopies(req, res, copies);
        applyResponsePolicy(req, res, policyContext(false));
        res.setHeader("content-type", "text/html; charset=utf-8");
        if (req.url === "/cached") res.setHeader("x-nextjs-cache", "HIT");
        else res.setHeader("content-security-policy", "script-src 'self' 'nonce-abc'");
        res.write(html.slice(0, 100));
        res.end(html.slice(100));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const { request: get } = await import("node:http");
    const fetchRaw = (path: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get({ port, host: "127.0.0.1", path, headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    try {
      const answers = [await fetchRaw("/cached"), await fetchRaw("/cached"), await fetchRaw("/fresh")];
      for (const { headers, body } of answers) {
        expect(headers["content-encoding"]).toBe("gzip");
        expect(gunzipSync(body).toString()).toBe(html);
      }
      expect(String(answers[0]!.headers["content-security-policy"])).toMatch(/'sha256-[^']+'/);
      expect(answers[1]!.body.equals(answers[0]!.body)).toBe(true);
      expect(String(answers[2]!.headers["content-security-policy"])).toContain("'nonce-abc'");
      expect([copies.misses, copies.hits]).toEqual([1, 1]);
    } finally {
      server.close();
    }
  });
});
