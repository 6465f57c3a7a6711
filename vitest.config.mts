import path from "node:path";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

/** What unit and integration tests share (vitest.integration.config.mts builds on it): the import aliases and the node environment. */
export const sharedConfig = {
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
  },
} satisfies ViteUserConfig;

// Unit tests live beside the code (lib/**, prisma/**) and need no database.
// Integration tests (tests/integration) run against real PostgreSQL: vitest.integration.config.mts.
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
