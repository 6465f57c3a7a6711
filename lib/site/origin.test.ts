import { describe, expect, it } from "vitest";
import { hostnameOf, isLoopbackAddress, isLoopbackHostname, resolveSiteOrigin } from "./origin";

describe("the site's origin", () => {
  it("is AUTH_URL when set, whatever the path or trailing slash", () => {
    const site = resolveSiteOrigin({ AUTH_URL: "https://atlas.example/some/path/" });
    expect(site).toMatchObject({ origin: "https://atlas.example", host: "atlas.example", https: true, loopback: false, configured: true });
  });

  it("is the loopback demo at 127.0.0.1:PORT without AUTH_URL", () => {
    expect(resolveSiteOrigin({ PORT: "4100" })).toMatchObject({
      origin: "http://127.0.0.1:4100",
      loopback: true,
      configured: false,
      https: false,
    });
  });

  it("refuses a non-http origin", () => {
    expect(() => resolveSiteOrigin({ AUTH_URL: "javascript:alert(1)" })).toThrow();
  });

  it("knows loopback names and addresses, and nothing else", () => {
    for (const name of ["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "app.localhost"]) expect(isLoopbackHostname(name)).toBe(true);
    for (const name of ["evil.example", "localhost.evil.example", "10.0.0.1", "192.0.2.51", "127.0.0.1.evil.example"])
      expect(isLoopbackHostname(name)).toBe(false);
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["192.0.2.51", "::ffff:10.0.0.1", "", null, undefined]) expect(isLoopbackAddress(address)).toBe(false);
  });

  it("reads the hostname out of a Host header", () => {
    expect(hostnameOf("Example.org:3000")).toBe("example.org");
    expect(hostnameOf("[::1]:3000")).toBe("[::1]");
    expect(hostnameOf("localhost")).toBe("localhost");
  });
});
