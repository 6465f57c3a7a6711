// The one test of "a web address people may follow", shared by every form field that takes a URL
// (lib/forms/fields.ts) and every component that renders a stored one as a link (safeHref).
// A browser runs `javascript:`, `data:` and `vbscript:` links, and parsers disagree on
// near-misses ("http:/x", "https:\\evil"), so only the plain spelled-out form of an absolute
// http(s) address is accepted, and the same check runs again where it becomes an href: rows
// written before this check, or by scripts, may still hold anything.

/** Longer than any real address people type; a cap keeps huge inputs out of the database. */
export const MAX_URL_LENGTH = 2000;

// Whitespace and control characters inside an address are how `java\tscript:` slips past a
// scheme test (browsers drop them); bidi controls (U+202A–U+202E, U+2066–U+2069) make an address
// read differently from where it goes.
const FORBIDDEN_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\\]/;
// Spelled out with both slashes and something other than a slash, "?" or "#" right after them:
// WHATWG URL parsing would otherwise turn "http:/x" or "https:///x" into a host.
const SPELLED_OUT = /^https?:\/\/[^/?#]/i;

/** True for an absolute http: or https: address with a host, as typed (already trimmed). */
export function isHttpUrl(value: string): boolean {
  if (value.length === 0 || value.length > MAX_URL_LENGTH) return false;
  if (FORBIDDEN_CHARACTERS.test(value) || !SPELLED_OUT.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // "https://bank.example@evil.example" shows one host and opens another.
  if (url.username || url.password) return false;
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
}

/** A stored address as an href, or undefined when it is not a plain http(s) address: render no link then. */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return isHttpUrl(trimmed) ? trimmed : undefined;
}
