// The database most integration files start from: a clone of the template with the demo content
// seeded at a fixed date, the search projection built, and the app's own client pointed at it;
// and the demo accounts as viewers, one per role.
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { reindexAll } from "@/lib/search/indexer";
import { seed } from "@/prisma/seed/index";
// Renamed: a name starting with "use" reads to the React lint as a hook.
import { cloneTestDatabase, type TestDatabase, useAppDatabase as pointAppAt } from "./database";

export const SEED_DATE = new Date("2026-11-22T12:00:00Z");

export async function openSeededDatabase(): Promise<TestDatabase> {
  const database = await cloneTestDatabase();
  await seed(database.prisma, { demo: true, now: SEED_DATE });
  await reindexAll(database.prisma);
  pointAppAt(database.url);
  return database;
}

export type DemoRole = "member" | "representative" | "official" | "moderator" | "admin";
export const DEMO_EMAILS: Record<DemoRole, string> = {
  member: "member@demo.example",
  representative: "representative@demo.example",
  official: "official@demo.example",
  moderator: "moderator@demo.example",
  admin: "admin@demo.example",
};

/** The demo account of each role, loaded as the app loads a signed-in person. */
export async function demoViewers(database: TestDatabase): Promise<Map<DemoRole, Viewer>> {
  const viewers = new Map<DemoRole, Viewer>();
  for (const [role, email] of Object.entries(DEMO_EMAILS) as [DemoRole, string][]) {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    viewers.set(role, (await loadViewer(user.id))!);
  }
  return viewers;
}
