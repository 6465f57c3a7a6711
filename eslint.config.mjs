import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Where the database may be touched: reads, writes and rules of each noun, the db module
// itself, route handlers, scripts, the seed and tests. Pages and components call named reads
// from lib/<noun>/queries.ts instead (STYLE.md, "Reads and the fence").
const databaseFence = [
  "lib/**/queries.ts",
  "lib/**/mutations.ts",
  "lib/**/policy.ts",
  "lib/db/**",
  "lib/auth/**", // sessions and the viewer: next-auth's adapter and the demo sign-in
  "app/api/**",
  "scripts/**",
  "prisma/**",
  "tests/**",
];

const fenceMessage =
  "Only lib/<noun>/queries.ts, mutations.ts, policy.ts (and lib/db, lib/auth, app/api, scripts, prisma, tests) may reach the database. Call a named read from lib/<noun>/queries.ts instead.";
const databaseImports = {
  patterns: [
    { group: ["@/lib/db/client", "**/lib/db/client"], message: fenceMessage },
    // Types from the generated client (Prisma.*Select, payload types) cannot open a connection,
    // and modules that take a client as a parameter need them: `import type` stays allowed.
    { group: ["@/generated/prisma/client", "**/generated/prisma/client"], message: fenceMessage, allowTypeImports: true },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs}"],
    ignores: databaseFence,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", databaseImports] },
  },
  {
    // Generic UI pieces know nothing of the product: no nouns, no data.
    files: ["components/ui/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...databaseImports.patterns,
            {
              group: ["@/lib/*", "!@/lib/i18n", "@/components/*", "!@/components/ui"],
              message: "components/ui holds product-free pieces; keep lib/<noun> and product components out of it.",
            },
          ],
        },
      ],
    },
  },
]);
