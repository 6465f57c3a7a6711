// npm run db:migration:create -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// existing migrations to prisma/schema.prisma. Runs entirely on in-memory PGlite (main and
// shadow), so it never touches a real database. Review the file before committing it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openMemoryDatabase } from "../../lib/db/embedded";
import { diffMigrationsToSchema, migrationsDir } from "../../lib/db/schema-engine";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration:create -- <name>");
  process.exit(2);
}

const main = await openMemoryDatabase();
const factory = new PrismaPGlite(main);
// pglite-prisma-adapter's own shadow database has no extensions; ours opens with the same ones.
factory.connectToShadowDb = async () => new PrismaPGlite(await openMemoryDatabase()).connect();

try {
  const sql = await diffMigrationsToSchema(factory);
  if (!sql || (/^-- This is an empty migration\.?$/m.test(sql) && sql.split("\n").length <= 1)) {
    console.log("schema.prisma and prisma/migrations agree: nothing to create.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`created ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate`);
  }
} finally {
  await main.close();
}
