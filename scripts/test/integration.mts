// Integration step of npm test: makes sure PostgreSQL runs and that redis-server and the client
// tools pg_dump and pg_restore are installed, then Vitest's integration project (its global setup
// creates, migrates and finally drops the databases).
import { spawnSync } from "node:child_process";
import { ensurePostgres, ensurePostgresClient, ensureRedis } from "./provision";

await ensurePostgres();
ensureRedis();
ensurePostgresClient();
const result = spawnSync("node_modules/.bin/vitest", ["run", "--config", "vitest.integration.config.mts"], { stdio: "inherit" });
process.exit(result.status ?? 1);
