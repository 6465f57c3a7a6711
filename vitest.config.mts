import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

// Unit tests live beside the code (lib/**, prisma/**) and need no database.
// Integration tests (tests/integration) run against real PostgreSQL: vitest.integration.config.mts.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
  },
});
