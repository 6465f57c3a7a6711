// Issue 14 against the production server (scripts/serve.mts), as an attacker on the network and
// as a person on the same machine: one origin in every emailed link, the demo's doors only for
// this machine, and a Content-Security-Policy that lets the pages work without inline scripts.
import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemo } from "./fixtures";
import { blockOutsideHosts } from "./support/network";
import { signInUrl, startSmtpCapture } from "./support/smtp-capture";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
const port = Number(process.env.E2E_PORT ?? 3457);
const origin = `http://localhost:${port}`;

test.beforeEach(({ page }) => blockOutsideHosts(page));

/** A raw request with whatever Host we like (fetch and browsers will not send a forged one). */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function scriptSrc(policy: string | undefined | null): string {
  return (
    (policy ?? "")
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? ""
  );
}

test("a sign-in link asked for under forged X-Forwarded-Host points at our origin and signs the person in", async ({ page }) => {
  const smtp = await startSmtpCapture(smtpPort);
  try {
    const email = `forged.host.${Date.now()}@example.org`;
    await page.setExtraHTTPHeaders({ "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443" });
    await page.goto("/en/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await smtp.waitFor(email);
    expect(mail.text).not.toContain("attacker.example");
    const link = new URL(signInUrl(mail.text));
    expect(link.origin).toBe(origin);
    await page.setExtraHTTPHeaders({});
    await page.goto(link.toString());
    await expect(page).toHaveURL(new RegExp(`^${origin}/en/account`));
    await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
  } finally {
    await smtp.close();
  }
});

test("next-auth's own endpoint emails our origin too, whatever the forwarded host", async ({ page }) => {
  const smtp = await startSmtpCapture(smtpPort);
  try {
    const email = `forged.endpoint.${Date.now()}@example.org`;
    const forged = { "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https" };
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf", { headers: forged })).json()) as { csrfToken: string };
    await page.request.post("/api/auth/signin/nodemailer", {
      headers: forged,
      form: { email, csrfToken, callbackUrl: "https://attacker.example/x" },
      maxRedirects: 0,
    });
    const mail = await smtp.waitFor(email);
    expect(mail.text).not.toContain("attacker.example");
    expect(new URL(signInUrl(mail.text)).origin).toBe(origin);
  } finally {
    await smtp.close();
  }
});

test("feeds and calendars link to our origin under a forged X-Forwarded-Host", async ({ page }) => {
  const forged = { "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https" };
  for (const path of ["/feed.xml?locale=en", "/events.ics?locale=uk"]) {
    const response = await page.request.get(path, { headers: forged });
    expect(response.status(), path).toBe(200);
    const body = (await response.text()).replace(/\r\n[ \t]/g, "");
    expect(body).not.toContain("attacker.example");
    expect(body).toContain(`${origin}/`);
  }
});

test("another Host gets no page, no demo accounts and no outbox; other loopback names go to the origin", async () => {
  for (const host of ["evil.example", `192.0.2.10:${port}`, `localhost.evil.example:${port}`]) {
    for (const path of ["/en/sign-in", "/en/outbox", "/en"]) {
      const response = await rawGet(path, { Host: host });
      expect(response.status, `${host}${path}`).toBe(421);
      expect(response.body).not.toMatch(/Sign in as|demo\.example/);
    }
  }
  const redirected = await rawGet("/en/sign-in?x=1", { Host: `127.0.0.1:${port}` });
  expect(redirected.status).toBe(308);
  expect(redirected.headers.location).toBe(`${origin}/en/sign-in?x=1`);
  const own = await rawGet("/en/sign-in", { Host: `localhost:${port}` });
  expect(own.status).toBe(200);
  expect(own.body).toMatch(/Sign in as .*\(moderator\)/);
});

test("client-sent internal headers are dropped: a forged socket address does not open or close the demo", async () => {
  const response = await rawGet("/en/sign-in", { Host: `localhost:${port}`, "X-Atlas-Socket-Address": "192.0.2.10" });
  expect(response.status).toBe(200);
  expect(response.body).toMatch(/Sign in as .*\(moderator\)/); // the real socket (loopback) counts
});

test("pages carry a nonce policy; cached pages a hash policy that covers their inline scripts", async ({ page }) => {
  // Sign-in is rendered per request (home and the public lists come from the page cache).
  const home = await page.request.get("/en/sign-in");
  const homePolicy = home.headers()["content-security-policy"];
  // The nonce, and the hash of the layout's one fixed inline script (the header's hint, which
  // cannot carry a nonce on a page rendered once for everyone).
  expect(scriptSrc(homePolicy)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(homePolicy).toContain("frame-ancestors 'none'");
  expect(home.headers()["permissions-policy"]).toContain("camera=()");
  expect(home.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  const nonce = /'nonce-([^']+)'/.exec(homePolicy!)![1]!;
  const html = await home.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  // Every script but data and the hint (the first, bare <script> in <head>) carries the nonce.
  const withoutNonce = scripts.filter((t) => !t.includes("application/ld+json") && !t.includes(`nonce="${nonce}"`));
  expect(withoutNonce).toEqual(["<script>"]);
  const hint = /<head>.*?<script>(.*?)<\/script>/s.exec(html)![1]!;
  const { createHash } = await import("node:crypto");
  expect(homePolicy).toContain(`'sha256-${createHash("sha256").update(hint).digest("base64")}'`);
  const second = await page.request.get("/en/sign-in");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);

  for (const path of ["/en/organizations?country=PL", "/en", "/en/events"])
    for (const method of ["get", "head"] as const) {
      const cached = await page.request[method](path);
      const policy = cached.headers()["content-security-policy"];
      expect(scriptSrc(policy)).not.toContain("unsafe-inline");
      expect(scriptSrc(policy)).not.toContain("'nonce-");
      expect(scriptSrc(policy)).toContain(`'sha256-${createHash("sha256").update(hint).digest("base64")}'`);
      expect(policy).toContain("frame-ancestors 'none'");
    }
  const api = await page.request.get("/api/v1/organizations");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
});

test("pages work under the policy: no violation while browsing, searching and signing in", async ({ page }) => {
  const violations: string[] = [];
  const watch = (p: Page) =>
    p.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
  watch(page);
  // /en/organizations twice: the second visit revalidates (304) the cached copy.
  for (const path of [
    "/en",
    "/en/organizations",
    "/uk/organizations",
    "/en/communities?oblast=UA46",
    "/en/map",
    "/en/events",
    "/en/needs",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // A cached directory page hydrates: typing searches without a submit button.
  await page.goto("/en/organizations");
  await page.getByRole("searchbox", { name: "Search" }).fill("Berlin");
  await expect(page).toHaveURL(/q=Berlin/);
  await signInAsDemo(page, /\(moderator\)/);
  await page.goto("/en/admin");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
