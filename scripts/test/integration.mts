// Integration step of npm test: makes sure PostgreSQL runs, then Vitest's integration project
// (its global setup creates, migrates and finally drops the databases).
import { spawnSync } from "node:child_process";
import { ensurePostgres } from "./provision";

await ensurePostgres();
const result = spawnSync("node_modules/.bin/vitest", ["run", "--config", "vitest.integration.config.mts"], { stdio: "inherit" });
process.exit(result.status ?? 1);
