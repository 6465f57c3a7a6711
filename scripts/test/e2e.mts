// End-to-end step of npm test: a fresh PostgreSQL database, migrated and seeded with the demo
// content; the production build (rebuilt only when sources changed); Playwright in Chromium.
import { spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuildFingerprint } from "../build-fingerprint";
import { prepareDatabase } from "../db/prepare";
import { createTestDatabase, ensureChromium } from "./provision";

ensureChromium();
const database = await createTestDatabase("atlas_e2e");
let status = 1;
try {
  process.env.DATABASE_URL = database.url;
  await prepareDatabase({ demo: true, log: (line) => console.log(`› ${line}`) });
  delete process.env.DATABASE_URL;

  if (!buildIsCurrent()) {
    const build = spawnSync("node_modules/.bin/next", ["build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
    recordBuildFingerprint();
  }

  const run = spawnSync("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: database.url },
  });
  status = run.status ?? 1;
} finally {
  await database.drop();
}
process.exit(status);
