// npm run db:restore -- FILE — brings a backup made by npm run db:backup into an EMPTY database:
// DATABASE_URL (pg_restore, in one transaction) or, when it is unset, a new embedded store at
// PGLITE_DIR (a missing or empty directory). Then applies pending migrations, so a backup from an
// older version comes up to date, and checks the search projection. A backup of the other mode
// is refused: converting between PostgreSQL and the embedded store is not supported.
import { BackupFailedError, BackupRefusedError, restoreDatabase } from "../../lib/db/backup";
import { formatBytes, formatSeconds, resolveUserPath } from "../../lib/db/backup-file";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(
    "usage: npm run db:restore -- FILE\n" +
      "  into an empty PostgreSQL database (DATABASE_URL) or, without DATABASE_URL, into an empty or new PGLITE_DIR",
  );
  process.exit(2);
}

try {
  const file = resolveUserPath(args[0]!);
  console.log(`restoring ${file} …`);
  const report = await restoreDatabase(file, { log: (line) => console.log(line) });
  console.log(`✔ restored ${formatBytes(report.bytes)} into ${report.target} in ${formatSeconds(report.milliseconds)}`);
  process.exit(0);
} catch (error) {
  // Refusals and failures of the tools carry their cause in the message; anything else is a bug: show its stack.
  console.error(error instanceof BackupRefusedError || error instanceof BackupFailedError ? `✘ ${error.message}` : error);
  process.exit(1);
}
