// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded
// database when DATABASE_URL is unset. Safe to run again: applied ones are skipped.
import { openDatabaseTarget } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/schema-engine";

const target = await openDatabaseTarget();
try {
  const applied = await applyMigrations(target.migrationFactory);
  console.log(
    applied.length
      ? `applied ${applied.length} migration(s) to the ${target.mode} database: ${applied.join(", ")}`
      : `the ${target.mode} database is up to date`,
  );
} finally {
  await target.close();
}
