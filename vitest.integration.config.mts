import { defineConfig } from "vitest/config";
import { sharedConfig } from "./vitest.config.mjs";

// Integration tests: real PostgreSQL. The global setup builds a template database from the
// migrations; each test file clones it (fileDatabase(), tests/integration/support/file-database.ts)
// and drops it.
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/integration-global.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run one after another; each has its own database anyway.
    fileParallelism: false,
  },
});
