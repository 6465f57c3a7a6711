// The authorization matrix (issue 6), run for real: each server action × each role against a
// seeded PostgreSQL database. Only the session lookup is replaced (getViewer returns the
// role's demo person, loaded from the database as in production) and Next's request-bound
// helpers (cookies, revalidatePath) are stubbed. See tests/integration/authorization/matrix.ts.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { type TestDatabase, useAppDatabase } from "./support/database";
import { discoverActions, discoverMutatingRoutes, root } from "./support/discover";
import { demoViewers, openSeededDatabase } from "./support/seeded-database";
import { actionRows, roles, routeRows, type Fixtures, type Role } from "./authorization/matrix";

const state: { viewer: Viewer | null } = { viewer: null };
vi.mock("@/lib/auth/viewer", async (original) => ({ ...(await original<typeof import("@/lib/auth/viewer")>()), getViewer: async () => state.viewer }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null, signIn: async () => undefined, requestEmailLink: async () => true, signOut: async () => undefined, handlers: {}, oauthProviders: () => [] }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let database: TestDatabase;
let fixtures: Fixtures;
const viewers = new Map<Role, Viewer | null>();
const originalUrl = process.env.DATABASE_URL;

function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

type Outcome = "allow" | "deny";
async function run(action: string, role: Role, input: Record<string, string | string[]>): Promise<Outcome> {
  const [file, name] = action.split("#") as [string, string];
  const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const fn = mod[name]!;
  state.viewer = viewers.get(role) ?? null;
  let result: { serverError?: string; validationErrors?: unknown } | undefined;
  try {
    // State actions (useActionState) take (previousState, input); plain ones take (input), and
    // called the first way they see `{}` as input and answer with validation errors only.
    result = (await fn({}, formData(input))) as typeof result;
    if (result?.validationErrors) result = (await fn(formData(input))) as typeof result;
  } catch (error) {
    // A redirect means the action finished its work and sent the person on.
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return "allow";
    throw error;
  }
  if (result?.validationErrors) throw new Error(`${action} as ${role}: the matrix's input is invalid: ${JSON.stringify(result.validationErrors)}`);
  if (result?.serverError === "SIGN_IN_REQUIRED" || result?.serverError === "FORBIDDEN") return "deny";
  if (result?.serverError) throw new Error(`${action} as ${role}: unexpected server error ${result.serverError}`);
  return "allow";
}

beforeAll(async () => {
  database = await openSeededDatabase();
  process.env.DEMO_SIGN_IN = "true";
  viewers.set("visitor", null);
  for (const [role, viewer] of await demoViewers(database)) viewers.set(role, viewer);
  const org = (slug: string) => database.prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } }).then((o) => o.id);
  const berezhany = await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } });
  const other = await database.prisma.community.findFirstOrThrow({ where: { slug: { not: "berezhanska-urban" }, memberships: { none: {} } }, select: { id: true } });
  const pending = await database.prisma.organization.findFirstOrThrow({ where: { status: "PENDING" }, select: { id: true } });
  const need = await database.prisma.need.findFirstOrThrow({ where: { communityId: berezhany.id }, orderBy: { slug: "asc" }, select: { id: true } });
  const bridgesOrgId = await org("bridges-for-schools-berlin");
  const proposal = await database.prisma.partnership.create({
    data: { slug: "matrix-proposal", organizationId: bridgesOrgId, communityId: berezhany.id, answeringSide: "COMMUNITY", form: "MEMORANDUM", partnershipStatus: "PROPOSED", status: "PENDING" },
    select: { id: true },
  });
  fixtures = {
    partnershipId: proposal.id,
    bridgesOrgId,
    otherOrgId: await org("friends-of-kyiv-toronto"),
    berezhanyId: berezhany.id,
    otherCommunityId: other.id,
    pendingOrgId: pending.id,
    missingId: "c000000000000000000000000",
    needId: need.id,
  };
});

afterAll(async () => {
  useAppDatabase(originalUrl);
  delete process.env.DEMO_SIGN_IN;
  await database?.drop();
});

describe("the authorization matrix", () => {
  it("has a row for every server action in the tree", async () => {
    const discovered = await discoverActions();
    const listed = actionRows.map((row) => row.action).sort();
    expect(discovered.filter((a) => !listed.includes(a)), "server actions without a row in tests/integration/authorization/matrix.ts").toEqual([]);
    expect(listed.filter((a) => !discovered.includes(a)), "rows for actions that no longer exist").toEqual([]);
  });

  it("has a row for every mutating route handler", () => {
    const listed = routeRows.flatMap((row) => row.methods.map((method) => `${row.route}#${method}`)).sort();
    expect(discoverMutatingRoutes()).toEqual(listed);
  });

  const ordered = [...actionRows.filter((r) => !r.last), ...actionRows.filter((r) => r.last)];
  for (const row of ordered) {
    it(`${row.action}: ${roles.map((role) => `${role} ${row.expect[role]}`).join(", ")}`, async () => {
      const outcomes: Record<string, Outcome> = {};
      for (const role of roles) outcomes[role] = await run(row.action, role, row.input(fixtures));
      expect(outcomes).toEqual(row.expect);
    });
  }
});
