// npm run db:backup -- FILE — writes a consistent snapshot of DATABASE_URL (pg_dump, custom
// format) or, when it is unset, of the embedded store at PGLITE_DIR (PGlite's data-directory dump,
// which needs the app stopped). Never overwrites a file. Restore with npm run db:restore -- FILE.
import { BackupFailedError, BackupRefusedError, backupDatabase } from "../../lib/db/backup";
import { formatBytes, formatSeconds, resolveUserPath } from "../../lib/db/backup-file";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(
    "usage: npm run db:backup -- FILE\n" +
      "  backs up DATABASE_URL (PostgreSQL, pg_dump custom format; name it e.g. atlas-2026-12-07.dump)\n" +
      "  or, without DATABASE_URL, the embedded store at PGLITE_DIR (a .tar.gz; stop the app first)",
  );
  process.exit(2);
}

try {
  const report = await backupDatabase(resolveUserPath(args[0]!), { log: (line) => console.log(line) });
  console.log(
    `✔ backup of ${report.source}\n  written to ${report.file}: ${formatBytes(report.bytes)} in ${formatSeconds(report.milliseconds)}`,
  );
  process.exit(0);
} catch (error) {
  // Refusals and failures of the tools carry their cause in the message; anything else is a bug: show its stack.
  console.error(error instanceof BackupRefusedError || error instanceof BackupFailedError ? `✘ ${error.message}` : error);
  process.exit(1);
}
