// Prisma CLI configuration. Only `prisma generate` is used from the CLI on these machines:
// migrations run through Prisma's WebAssembly schema engine (scripts/db/, docs/decisions/0001).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // process.env, not env(): env() throws when DATABASE_URL is unset (embedded mode), even for generate.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost/unused" },
});
