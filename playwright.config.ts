import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against a production
// build served by our server (scripts/serve.mts), as `npm start` serves it. scripts/test/e2e.mts prepares the database and the build.
const port = Number(process.env.E2E_PORT ?? 3457);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm run test:e2e`");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1, // two cores: one browser, one server
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, grepInvert: /@phone/ },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, grep: /@phone/ },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/serve.mts",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      PORT: String(port),
      // The one origin (lib/site/origin.ts): loopback, so the demo sign-in the specs use is on.
      AUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      DEMO_SIGN_IN: "true",
      // The magic-link test runs an SMTP capture on this port (tests/e2e/support/smtp-capture.ts).
      EMAIL_SERVER: `smtp://127.0.0.1:${Number(process.env.E2E_SMTP_PORT ?? 2526)}`,
      EMAIL_FROM: "Diaspora Atlas <atlas@e2e.example>",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
