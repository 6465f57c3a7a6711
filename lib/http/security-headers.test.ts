import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./script-hashes";
import { VIEWER_HINT_SCRIPT_HASH } from "@/lib/auth/viewer-hint";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce, tileTemplateOrigins } from "./security-headers";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

describe("Content-Security-Policy", () => {
  it("allows scripts by nonce or by hash, never 'unsafe-inline', and no framing", () => {
    const byNonce = contentSecurityPolicy({ nonce: "abc" }, { https: false });
    const byHash = contentSecurityPolicy({ hashes: ["sha256-xyz"] }, { https: true });
    expect(scriptSrc(byNonce)).toBe(`script-src 'self' 'nonce-abc' '${VIEWER_HINT_SCRIPT_HASH}'`);
    expect(scriptSrc(byHash)).toBe("script-src 'self' 'sha256-xyz'");
    for (const policy of [byNonce, byHash]) {
      expect(scriptSrc(policy)).not.toContain("unsafe-inline");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(byHash).toContain("upgrade-insecure-requests");
    expect(byNonce).not.toContain("upgrade-insecure-requests");
  });

  it("gives fresh nonces", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("hashes exactly the executable inline scripts of a page", () => {
    const html = `<html><head><script src="/_next/a.js" async></script><script>self.__next_f=[]</script>
      <script type="application/ld+json">{"a":"\\u003c"}</script><script type="module">import("/x")</script></head></html>`;
    const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha("self.__next_f=[]"), sha('import("/x")')].sort());
  });

  it("sends HSTS only over https, Permissions-Policy always", () => {
    expect(baseSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(baseSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(baseSecurityHeaders({ https: false })["Permissions-Policy"]).toContain("camera=()");
  });

  it("allows the map's tile server by origin", () => {
    expect(tileTemplateOrigins("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toEqual(["https://tile.openstreetmap.org"]);
    expect(tileTemplateOrigins("https://{s}.tiles.example/{z}/{x}/{y}.png")).toEqual(["https://*.tiles.example"]);
    expect(tileTemplateOrigins("none")).toEqual([]);
  });
});
