import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerOutage, outageLocale, outagePage } from "./database-outage";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(status: number, down: boolean): Promise<string> {
  server = createServer((request, response) => {
    answerOutage(request, response, async () => down);
    response.statusCode = status;
    response.setHeader("Content-Type", "text/html");
    response.setHeader("X-From", "next");
    response.flushHeaders(); // as Next does before streaming a page
    response.write("<html>next's own page");
    response.end("</html>");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the outage page", () => {
  it("speaks the path's language and loads nothing", () => {
    expect(outageLocale("/en/organizations?q=x")).toBe("en");
    expect(outageLocale("/uk")).toBe("uk");
    expect(outageLocale("/de/events")).toBe("de");
    expect(outageLocale("/pl?x=1")).toBe("pl");
    expect(outageLocale("/english")).toBe("uk");
    const html = outagePage("en", '/en/x"><script>');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it("replaces a page's 5xx with 503 + Retry-After only while the database is down", async () => {
    const down = await serve(500, true);
    const response = await fetch(`${down}/uk/needs`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-from")).toBeNull();
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(await response.text()).toContain('<html lang="uk">');
  });

  it("lets everything else through unchanged", async () => {
    const up = await serve(500, false);
    expect((await fetch(`${up}/en/needs`)).status).toBe(500);
    server!.close();
    const fine = await serve(200, true);
    const response = await fetch(`${fine}/en/needs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<html>next's own page</html>");
    server!.close();
    const other = await serve(500, true);
    expect((await fetch(`${other}/api/auth/session`)).status).toBe(500);
  });

  it("answers the read API, feeds and calendars with a JSON problem while the database is down", async () => {
    const down = await serve(500, true);
    for (const path of [
      "/api/v1/map?bbox=1,2,3,4",
      "/api/v1/organizations.csv",
      "/feed.xml",
      "/events.ics",
      "/sitemap.xml",
      "/sitemaps/0.xml",
    ]) {
      const response = await fetch(`${down}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 503 });
    }
  });
});
