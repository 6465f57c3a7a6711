// Migrate, then seed an empty database: what `npm start` and the test setup do before serving.
import { PrismaClient } from "../../generated/prisma/client";
import { openDatabaseTarget } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/schema-engine";
import { reindexAll } from "../../lib/search/indexer";
import { seed } from "../../prisma/seed/index";

export async function prepareDatabase(options: { demo: boolean; log: (line: string) => void }): Promise<void> {
  const target = await openDatabaseTarget();
  const prisma = new PrismaClient({ adapter: target.factory });
  try {
    const applied = await applyMigrations(target.migrationFactory);
    options.log(
      applied.length
        ? `applied ${applied.length} migration(s) to the ${target.mode} database`
        : `${target.mode} database schema is up to date`,
    );
    if ((await prisma.community.count()) === 0) {
      const began = Date.now();
      options.log(`empty database: loading official communities${options.demo ? " and demo content" : ""} …`);
      await seed(prisma, { demo: options.demo, log: options.log });
      options.log(`seeded in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    }
    // Also fills the search projection of a database seeded before it existed.
    if ((await prisma.searchDocument.count()) === 0) {
      const began = Date.now();
      const indexed = await reindexAll(prisma);
      options.log(
        `indexed ${indexed.organizations} organisations and ${indexed.communities} communities for search in ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await target.close();
  }
}
