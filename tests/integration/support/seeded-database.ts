// The demo database as one call (for a file that manages its own hooks), and the people the tests
// act as, loaded as the app loads a signed-in person. Most files use fileDatabase() instead
// (./file-database.ts). Imports lib/auth/viewer: a file that uses these mocks next-auth.
import type { PrismaClient } from "@/generated/prisma/client";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
// Renamed: a name starting with "use" reads to the React lint as a hook.
import { cloneTestDatabase, type TestDatabase, useAppDatabase as pointAppAt } from "./database";
import { seedDemo } from "./file-database";

export { SEED_DATE } from "./file-database";

/** A clone of the template with the demo content and search projection; the app's client points at it. */
export async function openSeededDatabase(): Promise<TestDatabase> {
  const database = await cloneTestDatabase();
  await seedDemo(database.prisma);
  pointAppAt(database.url);
  return database;
}

/** A person as the app loads them for a request; the id must exist. */
export async function viewerById(id: string): Promise<Viewer> {
  return (await loadViewer(id))!;
}

/** The person with this email address (a demo account, or one a test made). */
export async function viewerByEmail(prisma: PrismaClient, email: string): Promise<Viewer> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return viewerById(user.id);
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
export async function demoViewers(database: Pick<TestDatabase, "prisma">): Promise<Map<DemoRole, Viewer>> {
  const viewers = new Map<DemoRole, Viewer>();
  for (const [role, email] of Object.entries(DEMO_EMAILS) as [DemoRole, string][])
    viewers.set(role, await viewerByEmail(database.prisma, email));
  return viewers;
}
