// Puts the Content-Security-Policy on what Next sends, where Next cannot:
//  - a page rendered per request already carries proxy.ts's nonce policy: it streams through;
//  - a page from Next's page cache (x-nextjs-cache) or any other HTML without a nonce policy is
//    held until complete, its inline scripts hashed, and sent with a policy naming those hashes;
//  - anything that is not HTML gets a policy that runs nothing.
// Also answers HEAD for pages as a GET without its body, so `curl -I` shows the real policy.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { contentSecurityPolicy, NON_DOCUMENT_POLICY, type PolicyContext } from "./security-headers";
import { inlineScriptHashes } from "./script-hashes";

type Mode = "pass" | "hash";

export function applyResponsePolicy(request: IncomingMessage, response: ServerResponse, context: PolicyContext): void {
  const head = request.method === "HEAD";
  if (head) request.method = "GET";
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  let mode: Mode | undefined;
  const chunks: Buffer[] = [];

  const restore = () => Object.assign(response, original);
  const decide = (): Mode => {
    if (mode) return mode;
    // A 304 updates the headers of the copy the browser holds: it must not bring a policy of its
    // own (the copy's policy already fits it, since the ETag says the page is unchanged).
    if (response.statusCode === 304) {
      response.removeHeader("content-security-policy");
      mode = "pass";
      if (!head) restore();
      return mode;
    }
    const type = String(response.getHeader("content-type") ?? "");
    const policy = String(response.getHeader("content-security-policy") ?? "");
    if (!type.startsWith("text/html")) {
      if (!policy) response.setHeader("Content-Security-Policy", NON_DOCUMENT_POLICY);
      mode = "pass";
    } else {
      mode = policy.includes("'nonce-") && !response.hasHeader("x-nextjs-cache") ? "pass" : "hash";
    }
    if (mode === "pass" && !head) restore();
    return mode;
  };
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
    if (Buffer.isBuffer(chunk)) return chunk;
    if (chunk instanceof Uint8Array) return Buffer.from(chunk);
    return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  };

  // Headers given to writeHead become ordinary headers, so the policy can still change them.
  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    response.statusCode = status;
    const headers = rest.find((value) => typeof value === "object" && value !== null) as OutgoingHttpHeaders | unknown[] | undefined;
    if (typeof rest[0] === "string") response.statusMessage = rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    return response;
  } as ServerResponse["writeHead"];

  response.flushHeaders = function flushHeaders() {
    if (decide() === "pass" && !head) original.flushHeaders.call(response);
  };

  response.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (decide() === "pass" && !head) return original.write.call(response, chunk as never, encoding as never, callback as never);
    const buffer = toBuffer(chunk, encoding);
    if (buffer && mode === "hash") chunks.push(buffer);
    const done = [encoding, callback].find((value) => typeof value === "function") as (() => void) | undefined;
    done?.();
    return true;
  } as ServerResponse["write"];

  response.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const current = decide();
    if (current === "pass" && !head) return original.end.call(response, chunk as never, encoding as never, callback as never);
    const buffer = toBuffer(chunk, encoding);
    if (buffer && current === "hash") chunks.push(buffer);
    const done = [chunk, encoding, callback].find((value) => typeof value === "function") as (() => void) | undefined;
    restore();
    if (current === "hash") {
      const body = Buffer.concat(chunks);
      const hashes = inlineScriptHashes(body.toString("utf8"));
      response.setHeader("Content-Security-Policy", contentSecurityPolicy({ hashes }, context));
      response.setHeader("Content-Length", body.length);
      return head ? response.end(done) : response.end(body, done);
    }
    return response.end(done);
  } as ServerResponse["end"];
}
