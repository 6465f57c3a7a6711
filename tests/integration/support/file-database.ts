// The one database fixture of the integration files: `const database = fileDatabase({ demo: true })`
// at the top of a file gives it a database of its own for all its tests. The client exists as
// soon as the file loads (it connects on first use), so the file can keep it in a const; the
// database behind it is cloned from the template (and seeded, when asked) before the file's tests,
// the app's own client is pointed at it, and it is dropped after them.
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { reindexAll } from "@/lib/search/indexer";
import { seed } from "@/prisma/seed/index";
// Renamed: a name starting with "use" reads to the React lint as a hook.
import { planTestDatabase, type TestDatabase, useAppDatabase as pointAppAt } from "./database";

/** The demo seed's "today": the dates the tests expect (open polls, upcoming events) follow from it. */
export const SEED_DATE = new Date("2026-11-22T12:00:00Z");

export interface DemoSeedOptions {
  /** The seed's "today" (default SEED_DATE). */
  now?: Date;
  /** Build the search projection (default true); a file that never searches may leave it out. */
  searchIndex?: boolean;
}

/** Seeds the demo content into a fresh database, then builds its search projection. */
export async function seedDemo(prisma: PrismaClient, { now = SEED_DATE, searchIndex = true }: DemoSeedOptions = {}): Promise<void> {
  await seed(prisma, { demo: true, now });
  if (searchIndex) await reindexAll(prisma);
}

export interface FileDatabaseOptions extends DemoSeedOptions {
  /** Seed the demo content; without it the database is migrated and empty. */
  demo?: boolean;
  /** Point the app's own client (lib/db/client.ts) at it (default true); off for files that only use `prisma`. */
  app?: boolean;
}

/** Registers the hooks that make this file's database before its tests and drop it after them. */
export function fileDatabase({ demo = false, app = true, ...seedOptions }: FileDatabaseOptions = {}): Omit<TestDatabase, "drop"> {
  const database = planTestDatabase();
  const originalUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    await database.create();
    if (demo) await seedDemo(database.prisma, seedOptions);
    if (app) pointAppAt(database.url);
  });
  afterAll(async () => {
    if (app) pointAppAt(originalUrl);
    await database.drop();
  });
  return { url: database.url, prisma: database.prisma };
}

/**
 * Sets environment variables for this file's tests and gives back what was there before
 * (an absent variable is deleted again).
 */
export function fileEnv(values: Record<string, string>): void {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  beforeAll(() => {
    Object.assign(process.env, values);
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}
