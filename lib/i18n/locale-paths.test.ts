import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localNextPath, localePagePath, localePrefix } from "./locale-paths";
import { locales } from "./localized-text";

/** Paths a sign-in link may send a person back to, and ones it must refuse. */
const localeNextPathCases: [string, boolean][] = [
  ["/de/account", true],
  ["/it", true],
  ["/en/organizations/some-slug/edit", true],
  ["//evil.example/de", false],
  ["/de/../../x", false],
  ["https://evil.example/de/account", false],
  ["/de/account?x=1", false],
  ["/xx/account", false],
];

describe("locale paths", () => {
  it("recognise every locale's prefix and nothing that merely starts like one", () => {
    for (const locale of locales) {
      expect(`/${locale}/events`.replace(localePrefix, "")).toBe("/events");
      expect(localePagePath.test(`/${locale}?q=x`)).toBe(true);
    }
    expect("/english/x".replace(localePrefix, "")).toBe("/english/x");
    expect(localePagePath.test("/cs/events")).toBe(false);
  });

  it("take only same-site paths to return to after signing in", () => {
    for (const [value, allowed] of localeNextPathCases) expect(localNextPath.test(value), value).toBe(allowed);
  });

  it("match the proxy's static matcher, which Next reads without running code", () => {
    const proxy = readFileSync(path.resolve(__dirname, "../../proxy.ts"), "utf8");
    expect(proxy).toContain(`"/(${locales.join("|")})/cached/:path*"`);
  });
});
