// The authorization matrix (issue 6), run for real: each server action × each role against a
// seeded PostgreSQL database. Only the session lookup is replaced (getViewer returns the
// role's demo person, loaded from the database as in production) and Next's request-bound
// helpers (cookies, revalidatePath) are stubbed. See tests/integration/authorization/matrix.ts.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { callAction, formData, loadAction, redirectOf, type ActionResult } from "./support/actions";
import { discoverActions, discoverMutatingRoutes } from "./support/discover";
import { fileDatabase, fileEnv } from "./support/file-database";
import { session } from "./support/request-stubs";
import { actionRows, createFixtures, roles, roleViewers, routeRows, type Fixtures, type Role } from "./authorization/matrix";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

// Evidence the matrix uploads goes to a folder of its own, not the demo's.
fileEnv({ DEMO_SIGN_IN: "true", FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "atlas-matrix-files-")) });
const database = fileDatabase({ demo: true });
let fixtures: Fixtures;
let viewers: Map<Role, Viewer | null>;

type Outcome = "allow" | "deny";
async function run(action: string, role: Role, input: Record<string, string | string[] | File>): Promise<Outcome> {
  session.viewer = viewers.get(role) ?? null;
  let result: ActionResult;
  try {
    result = await callAction(await loadAction(action), formData(input));
  } catch (error) {
    // A redirect means the action finished its work and sent the person on.
    if (redirectOf(error)) return "allow";
    throw error;
  }
  if (result?.validationErrors)
    throw new Error(`${action} as ${role}: the matrix's input is invalid: ${JSON.stringify(result.validationErrors)}`);
  if (result?.serverError === "SIGN_IN_REQUIRED" || result?.serverError === "FORBIDDEN") return "deny";
  if (result?.serverError) throw new Error(`${action} as ${role}: unexpected server error ${String(result.serverError)}`);
  return "allow";
}

beforeAll(async () => {
  viewers = await roleViewers(database.prisma);
  fixtures = await createFixtures(database.prisma, { slug: "matrix-proposal", answeringSide: "COMMUNITY" });
});

describe("the authorization matrix", () => {
  it("has a row for every server action in the tree", async () => {
    const discovered = await discoverActions();
    const listed = actionRows.map((row) => row.action).sort();
    expect(
      discovered.filter((a) => !listed.includes(a)),
      "server actions without a row in tests/integration/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      listed.filter((a) => !discovered.includes(a)),
      "rows for actions that no longer exist",
    ).toEqual([]);
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
