import { describe, expect, it } from "vitest";
import { zfd } from "zod-form-data";
import { httpUrl } from "./fields";
import { isHttpUrl, MAX_URL_LENGTH, safeHref } from "./http-url";

const field = zfd.formData({ url: httpUrl });
/** The field's verdict on one typed value: the parsed address, or the error key. */
function parse(value: string): { ok: string | undefined } | { error: string } {
  const data = new FormData();
  data.append("url", value);
  const result = field.safeParse(data);
  return result.success ? { ok: result.data.url } : { error: result.error.issues[0]!.message };
}

const refused = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "  javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.org",
  "mailto:someone@example.org",
  "http:/x",
  "https:/example.org",
  "https:///example.org",
  "https:\\\\evil.example",
  "//evil.example",
  "/relative/path",
  "example.org",
  "https://",
  "http://",
  "https://?q",
  "https://#frag",
  "https://exa mple.org",
  "https://bank.example@evil.example",
  "https://user:secret@example.org",
  "https://example.org/\u202Efdp.exe",
  "https://example.org/\u0000",
  `https://example.org/${"a".repeat(MAX_URL_LENGTH)}`,
];

const accepted = [
  "https://berezhany.example",
  "http://example.org/path?q=1#top",
  "HTTPS://EXAMPLE.ORG/",
  "https://київ.example/шлях",
  "https://xn--80ak6aa92e.com",
  "https://example.org:8443/x",
  "https://[2001:db8::1]/",
];

describe("one http(s) address check", () => {
  it.each(refused)("refuses %j", (value) => {
    expect(isHttpUrl(value.trim())).toBe(false);
    expect(safeHref(value)).toBeUndefined();
    expect(parse(value)).toHaveProperty("error");
  });

  it.each(accepted)("accepts %j", (value) => {
    expect(isHttpUrl(value)).toBe(true);
    expect(safeHref(value)).toBe(value);
    expect(parse(value)).toEqual({ ok: value });
  });

  it("trims, reads an empty field as absent, and names the error for the form", () => {
    expect(parse("  https://example.org/a  ")).toEqual({ ok: "https://example.org/a" });
    expect(parse("")).toEqual({ ok: undefined });
    expect(parse("javascript:alert(1)")).toEqual({ error: "invalidUrl" });
    expect(parse(`https://example.org/${"a".repeat(MAX_URL_LENGTH)}`)).toEqual({ error: "tooLong" });
  });

  it("renders no link for anything else a row may hold", () => {
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(" https://example.org ")).toBe("https://example.org");
  });
});
