import { describe, expect, it } from "vitest";
import { resolveSiteOrigin } from "@/lib/site/origin";
import { hostDecision } from "./host-check";

const demo = resolveSiteOrigin({ PORT: "3000" });
const deployed = resolveSiteOrigin({ AUTH_URL: "https://atlas.example" });

describe("which Host a request is served under", () => {
  it("serves the origin's own host", () => {
    expect(hostDecision({ method: "POST", url: "/en/sign-in", host: "127.0.0.1:3000" }, demo)).toEqual({ kind: "serve" });
    expect(hostDecision({ method: "GET", url: "/en", host: "ATLAS.example" }, deployed)).toEqual({ kind: "serve" });
  });

  it("sends other loopback names of the demo on to its origin, so cookies and links agree", () => {
    for (const host of ["localhost:3000", "[::1]:3000"]) {
      expect(hostDecision({ method: "GET", url: "/en/outbox?x=1", host }, demo)).toEqual({
        kind: "redirect",
        location: "http://127.0.0.1:3000/en/outbox?x=1",
      });
    }
  });

  it("never serves the demo under a name from the network", () => {
    for (const host of ["evil.example", "192.0.2.1:3000", "localhost.evil.example:3000"]) {
      expect(hostDecision({ method: "GET", url: "/en/sign-in", host }, demo).kind).toBe("refuse");
    }
  });

  it("sends a deployment's foreign Host to the real origin, and refuses writes under it", () => {
    expect(hostDecision({ method: "GET", url: "/en", host: "evil.example" }, deployed)).toEqual({
      kind: "redirect",
      location: "https://atlas.example/en",
    });
    expect(hostDecision({ method: "POST", url: "/api/auth/signin/nodemailer", host: "evil.example" }, deployed).kind).toBe("refuse");
    expect(hostDecision({ method: "GET", url: "/en", host: undefined }, deployed).kind).toBe("redirect");
  });

  it("lets this machine ask a deployment under a loopback name (Next's own action redirects), nobody else", () => {
    expect(hostDecision({ method: "GET", url: "/en/account", host: "localhost:3000", fromLoopback: true }, deployed)).toEqual({
      kind: "serve",
    });
    expect(hostDecision({ method: "GET", url: "/en/account", host: "localhost:3000", fromLoopback: false }, deployed).kind).toBe(
      "redirect",
    );
    expect(hostDecision({ method: "POST", url: "/en", host: "evil.example", fromLoopback: true }, deployed).kind).toBe("refuse");
    // The demo still sends its other loopback names to its origin, so cookies and links agree.
    expect(hostDecision({ method: "GET", url: "/en", host: "localhost:3000", fromLoopback: true }, demo).kind).toBe("redirect");
  });

  it("never builds an off-site redirect from a protocol-relative path", () => {
    expect(hostDecision({ method: "GET", url: "//evil.example/x", host: "evil.example" }, deployed).kind).toBe("refuse");
  });

  it("answers the liveness probe under any host", () => {
    expect(hostDecision({ method: "GET", url: "/api/health", host: "10.0.0.7:3000" }, deployed)).toEqual({ kind: "serve" });
    expect(hostDecision({ method: "GET", url: "/api/health/live", host: "10.0.0.7:3000" }, deployed)).toEqual({ kind: "serve" });
    expect(hostDecision({ method: "GET", url: "/api/health/ready?probe=1", host: "10.0.0.7" }, deployed)).toEqual({ kind: "serve" });
    expect(hostDecision({ method: "GET", url: "/api/health/other", host: "10.0.0.7" }, deployed).kind).toBe("redirect");
  });
});
