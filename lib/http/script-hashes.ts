// Hashes of a cached page's inline scripts, for its Content-Security-Policy (a page rendered
// once for everybody cannot carry a per-request nonce). Used by our server, scripts/serve.mts.
import { createHash } from "node:crypto";

// An executable inline script: a <script> without src whose type is absent or JavaScript.
// Next escapes "<" inside its inline payloads, so "</script>" ends the element, as in a browser.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** 'sha256-…' sources for every executable inline script of an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    hashes.add(
      `sha256-${createHash("sha256")
        .update(match[2] ?? "", "utf8")
        .digest("base64")}`,
    );
  }
  return [...hashes];
}
