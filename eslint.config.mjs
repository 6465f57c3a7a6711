import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

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

// What the public may see is said once, in lib/listing/public-where.ts: a bare `hiddenAt: null`
// elsewhere is a copy of the rule that will drift (issue 15). Tests, scripts and the seed may
// state it to check the app against it.
const visibilityRule = {
  files: ["**/*.{ts,tsx,mts,cts}"],
  ignores: ["lib/listing/public-where.ts", "tests/**", "scripts/**", "prisma/**"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector: "Property:matches([key.name='hiddenAt'], [key.value='hiddenAt'])[value.type='Literal'][value.raw='null']",
        message:
          "Use the where-clauses of lib/listing/public-where.ts (publicXWhere, shownWhere, notHidden) instead of restating `hiddenAt: null`.",
      },
    ],
  },
};

// Layering (issue 15): lib never imports components; a route's _components are its own (a
// nested route may use an ancestor's, via ./_components or ../_components; anything shared by
// two routes lives in components/<noun>); and no import cycles between lib modules.
const ownRouteComponents = {
  patterns: [
    {
      group: ["@/app/**/_components", "@/app/**/_components/**"],
      message: "Another route's _components are private to it: move what two routes share to components/<noun>.",
    },
    {
      // A relative path that names a folder before reaching _components leaves this route's tree.
      regex: "^\\.{1,2}/(\\.\\./)*(?:(?!\\.\\.?/)[^/]+/)+_components(?:/|$)",
      message: "Another route's _components are private to it: move what two routes share to components/<noun>.",
    },
  ],
};
const layering = [
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", ownRouteComponents] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // no-cycle follows imports only through our own files: parsing bundled packages is slow and
    // some (pglite) overflow the parser.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: "./components",
              message: "lib never imports components: move the piece into lib (components may import lib).",
            },
          ],
        },
      ],
      // Type-only imports are ignored by the rule; value imports may not go round in a circle.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  ...layering,
  visibilityRule,
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
  // Layout is Prettier's (npm run format; npm run lint checks it): stylistic rules that would argue with it are off.
  prettier,
]);
