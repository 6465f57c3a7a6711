// Hostile input (issue 14, part 7), thrown at everything the app exposes, on real PostgreSQL.
// Every server action (found in the source tree, with its valid input from the authorization
// matrix) is called with generated FormData and raw values: 100k-character strings, control
// characters, NUL, bidi overrides, HTML, SQL-looking text, wrong types, NaN/Infinity, years 0
// and 9999, and extra fields that try to set status, role or ownership. Every GET route handler
// is called with generated query strings. The properties:
//   - nothing answers the unexpected error ("UNEXPECTED", the 5xx of an action) or a 5xx status;
//   - a refusal is validation errors, a sign-in/forbidden answer, or a reason key;
//   - a refused action stored nothing (row counts and last updates of every table unchanged);
//   - extra fields never change a role, a status or who owns what.
// An action or route added later is covered without a new line here (an action with no matrix
// row is called as an admin with no valid base). Only the session lookup and Next's
// request-bound helpers are replaced, as in tests/integration/authorization.test.ts.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { type ComponentProps, createElement, Fragment } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { callAction, loadAction, redirectOf, type ActionResult } from "./support/actions";
import { discoverActions, discoverGetRoutes, root, routePath } from "./support/discover";
import { fileDatabase, fileEnv } from "./support/file-database";
import { session } from "./support/request-stubs";
import { viewerById } from "./support/seeded-database";
import { actionRows, createFixtures, roleViewers, type Fixtures, type Role } from "./authorization/matrix";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);
// Outside a React Server Components bundle next-intl's server helpers refuse to run; the feeds need real translations.
vi.mock("next-intl/server", async (original) => {
  const { createTranslator } = await import("next-intl");
  const messages = { en: (await import("@/messages/en.json")).default, uk: (await import("@/messages/uk.json")).default };
  const getTranslations = async (options: { locale: "en" | "uk"; namespace?: string }) =>
    createTranslator({ locale: options.locale, messages: messages[options.locale] as never, namespace: options.namespace as never });
  return { ...(await original<object>()), getTranslations };
});

/** Route handlers not called here, each with why (next-auth's POST is fuzzed by the rate-limit tests). */
const skippedRoutes: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handler; it is replaced by a stub in this file",
};

/** A lone surrogate cannot be percent-encoded (browsers send U+FFFD for it): do the same. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

const RUNS_PER_ACTION = 15;
const RUNS_PER_ROUTE = 15;

// Evidence accepted along the way goes to a folder of its own, not the demo's.
fileEnv({ DEMO_SIGN_IN: "true", FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "atlas-hostile-files-")) });
const database = fileDatabase({ demo: true });
let fixtures: Fixtures;
let adminId: string;
let viewers: Map<Role, Viewer | null>;

// ── Generated values ──

const HUGE = "x".repeat(100_000);
const hostileStrings = [
  HUGE,
  "<script>".repeat(12_500),
  "é".repeat(100_000),
  "",
  "   ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C.exe",
  "\u0007\u001b[31mred",
  "\r\n\t",
  "\uFEFF",
  "\u200B",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  `'; DROP TABLE "User"; --`,
  "1 OR 1=1",
  "%00",
  "${7*7}",
  "{{7*7}}",
  "../../etc/passwd",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "-0",
  "1e309",
  "0x1F",
  "9007199254740993",
  "-999999999999",
  "1,5",
  "25 000",
  "91",
  "-181",
  "1e400",
  "90.0000001",
  "-90.5,200",
  "9999-12-31T23:59",
  "0000-01-01T00:00",
  "+275760-09-13T00:00",
  "2027-02-30T25:61",
  "0001-01-01T00:00",
  "9999-12-31",
  "0000-00-00",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "[object Object]",
  '{"status":"PUBLISHED"}',
  "PUBLISHED",
  "ADMIN",
  "VERIFIED",
  "\uD83D\uDE00".repeat(2000),
  "Ü̈̈̈̈̈",
  "\uFFFF",
  "\uD800",
];

const fixtureIds = (): string[] => [
  fixtures.bridgesOrgId,
  fixtures.otherOrgId,
  fixtures.berezhanyId,
  fixtures.otherCommunityId,
  fixtures.pendingOrgId,
  fixtures.missingId,
  fixtures.needId,
  fixtures.partnershipId,
  adminId,
];

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...fixtureIds()) },
  );

const FILE = Symbol("file");
type FormValue = string | string[] | typeof FILE | File;
/** What a form field can carry: text, the same name repeated, or an uploaded file. */
const formValue = (): fc.Arbitrary<FormValue> =>
  fc.oneof(
    { weight: 6, arbitrary: hostileString() },
    { weight: 2, arbitrary: fc.array(hostileString(), { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(FILE) },
  );

/** What a hand-made request to a server action can carry instead of FormData (React decodes numbers, arrays, objects, dates). */
const rawValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileString(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, -1, -0, 1e308, Number.MAX_SAFE_INTEGER + 2),
    fc.constantFrom(new Date("9999-12-31T23:59:59Z"), new Date("0000-01-01T00:00:00Z"), new Date(NaN)),
    fc.array(hostileString(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), hostileString(), { maxKeys: 3 }),
  );

/** Fields no form has, sent to take what is not the sender's: a status, a role, an owner. */
const extraFields = (): [string, string][] => [
  ["status", "PUBLISHED"],
  ["role", "ADMIN"],
  ["id", fixtures.otherOrgId],
  ["createdById", adminId],
  ["userId", adminId],
  ["membershipStatus", "VERIFIED"],
  ["isVerified", "true"],
  ["hiddenAt", ""],
  ["partnershipStatus", "ACTIVE"],
  ["organizationId", fixtures.otherOrgId],
  ["communityId", fixtures.otherCommunityId],
  ["isDemo", "true"],
  ["__proto__", "ADMIN"],
  ["constructor", "x"],
  ["viewer", adminId],
];

type Base = Record<string, string | string[] | File>;
type Input = { kind: "form"; entries: [string, FormValue][] } | { kind: "raw"; value: unknown };

function inputArbitrary(base: Base): fc.Arbitrary<Input> {
  const keys = [...Object.keys(base), ...extraFields().map(([key]) => key), "locale"];
  const form = fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...keys), formValue()), { maxLength: 4 }),
      extras: fc.subarray(extraFields(), { maxLength: 5 }),
    })
    .map(({ changes, extras }): Input => {
      const values = new Map<string, FormValue>(Object.entries(base));
      for (const [key, value] of [...extras, ...changes]) values.set(key, value);
      return withShortPrint({ kind: "form", entries: [...values] });
    });
  const raw = fc
    .oneof(
      rawValue(),
      fc.dictionary(fc.constantFrom(...keys), rawValue(), { maxKeys: 6 }).map((object) => ({ ...base, ...object })),
    )
    .map((value): Input => withShortPrint({ kind: "raw", value }));
  return fc.oneof({ weight: 3, arbitrary: form }, { weight: 1, arbitrary: raw });
}

/** Always tried, whatever the seed: every field at once NUL-bearing, huge, markup; and every extra field. */
function everyFieldAt(base: Base): [Input][] {
  const keys = Object.keys(base);
  const all = (value: string): [Input] => [withShortPrint({ kind: "form", entries: keys.map((key) => [key, value]) })];
  return [
    all("a\u0000b"),
    all(HUGE),
    all("<script>alert(1)</script>"),
    [withShortPrint({ kind: "form", entries: [...Object.entries(base), ...extraFields()] })],
  ];
}

/** fast-check prints a counterexample with this, not 100k characters of it. */
function withShortPrint(input: Input): Input {
  return Object.assign(input, { [fc.toStringMethod]: () => describeInput(input) });
}

function toFormData(entries: [string, FormValue][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) {
    if (value === FILE) data.append(key, new File(["<script>alert(1)</script>"], "x.html", { type: "text/html" }));
    else if (value instanceof File) data.append(key, value);
    else for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** For a failure message: the input without 100k characters of it. */
function describeInput(input: Input): string {
  return JSON.stringify(input.kind === "form" ? input.entries : input.value, (_key, value: unknown) =>
    typeof value === "string" && value.length > 80
      ? `${value.slice(0, 40)}…(${value.length} chars)`
      : typeof value === "symbol"
        ? "<file>"
        : value,
  );
}

// ── What the database holds ──

let countSql = "";
/** Rows and last update of every table: a refused action must leave all of them as they were. */
async function tableState(): Promise<Record<string, string>> {
  const rows = await database.prisma.$queryRawUnsafe<{ t: string; n: number; u: string | null }[]>(countSql);
  return Object.fromEntries(rows.map((row) => [row.t, `${row.n}@${row.u ?? ""}`]));
}

interface Guarded {
  table: string;
  id: string;
  state: string;
  owner: string;
}
/** Roles, statuses and owners: what extra fields try to change. */
async function guarded(): Promise<Map<string, Guarded>> {
  const rows = await database.prisma.$queryRawUnsafe<Guarded[]>(`
    SELECT 'User' AS table, id, role::text AS state, id AS owner FROM "User"
    UNION ALL SELECT 'Membership', id, status::text || ' ' || role::text, "userId" || ' ' || coalesce("organizationId", '') || coalesce("communityId", '') FROM "Membership"
    UNION ALL SELECT 'Organization', id, status::text || ' ' || "isVerified"::text || ' ' || coalesce("hiddenAt"::text, ''), coalesce("createdById", '') FROM "Organization"
    UNION ALL SELECT 'Community', id, status::text || ' ' || "isVerified"::text || ' ' || coalesce("hiddenAt"::text, ''), '' FROM "Community"
    UNION ALL SELECT 'Need', id, status::text || ' ' || coalesce("hiddenAt"::text, ''), "communityId" FROM "Need"
    UNION ALL SELECT 'Event', id, status::text || ' ' || coalesce("hiddenAt"::text, ''), coalesce("createdById", '') || ' ' || coalesce("organizationId", '') || coalesce("communityId", '') FROM "Event"
    UNION ALL SELECT 'Announcement', id, status::text || ' ' || coalesce("hiddenAt"::text, ''), coalesce("createdById", '') || ' ' || coalesce("organizationId", '') || coalesce("communityId", '') FROM "Announcement"
    UNION ALL SELECT 'Poll', id, status::text || ' ' || coalesce("hiddenAt"::text, ''), coalesce("createdById", '') || ' ' || coalesce("organizationId", '') || coalesce("communityId", '') FROM "Poll"`);
  return new Map(rows.map((row) => [`${row.table}:${row.id}`, row]));
}

/** What a person without moderation rights may have changed among roles, statuses and owners: nothing but their own new posts and claims, waiting. */
function guardedChanges(before: Map<string, Guarded>, after: Map<string, Guarded>, viewer: Viewer | null, moderating: boolean): string[] {
  const problems: string[] = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (old) {
      if (row.table === "User" && old.state !== row.state) problems.push(`${key}: role ${old.state} → ${row.state}`);
      else if (!moderating && (old.state !== row.state || old.owner !== row.owner))
        problems.push(`${key}: ${old.state} / ${old.owner} → ${row.state} / ${row.owner}`);
      continue;
    }
    if (row.table === "User" && row.state !== "MEMBER") problems.push(`${key}: a new account with role ${row.state}`);
    if (moderating) continue;
    if (
      ["Organization", "Event", "Announcement", "Poll"].includes(row.table) &&
      (!row.state.startsWith("PENDING") || !row.owner.startsWith(viewer?.id ?? "?"))
    )
      problems.push(`${key}: new, ${row.state} by ${row.owner}`);
    if (row.table === "Membership" && (!row.state.startsWith("PENDING") || !row.owner.startsWith(viewer?.id ?? "?")))
      problems.push(`${key}: new membership ${row.state} for ${row.owner}`);
  }
  for (const [key, row] of before) {
    // Deleting one's own account takes one's memberships with it; nothing else disappears on a person's say.
    if (!after.has(key) && !moderating && !(viewer && (row.id === viewer.id || row.owner.startsWith(viewer.id))))
      problems.push(`${key}: deleted`);
  }
  return problems;
}

// ── Calling an action ──

type Outcome = { stored: true } | { stored: false; why: string };

/** Calls an action as a browser would and says whether it went through; anything unexpected throws. */
async function invoke(action: string, input: Input): Promise<Outcome> {
  const fn = await loadAction(action);
  const argument = input.kind === "form" ? toFormData(input.entries) : input.value;
  let result: ActionResult;
  try {
    result = await callAction(fn, argument);
  } catch (error) {
    if (redirectOf(error)) return { stored: true };
    throw new Error(`${action} threw ${String(error)}`, { cause: error });
  }
  if (result?.serverError !== undefined) {
    if (result.serverError === "SIGN_IN_REQUIRED" || result.serverError === "FORBIDDEN")
      return { stored: false, why: String(result.serverError) };
    throw new Error(`${action} answered the server error ${JSON.stringify(result.serverError)}`);
  }
  if (result?.validationErrors) {
    const shape = result.validationErrors as { formErrors?: unknown; fieldErrors?: Record<string, unknown> };
    const messages = [...(Array.isArray(shape.formErrors) ? shape.formErrors : []), ...Object.values(shape.fieldErrors ?? {}).flat()];
    if (messages.length === 0 || !messages.every((m) => typeof m === "string" && m.length > 0))
      throw new Error(`${action}: validation errors without messages: ${JSON.stringify(shape)}`);
    return { stored: false, why: "validation" };
  }
  const data = result?.data as { ok?: boolean; reason?: unknown; errors?: unknown } | undefined;
  if (data && data.ok === false) {
    const reasonKey = typeof data.reason === "string" && /^[A-Z][A-Z_]*$/.test(data.reason);
    const fieldKeys =
      data.errors !== null &&
      typeof data.errors === "object" &&
      Object.values(data.errors).every((m) => typeof m === "string" && /^[a-zA-Z]+$/.test(m));
    if (!reasonKey && !fieldKeys) throw new Error(`${action}: a refusal without a message key: ${JSON.stringify(data)}`);
    return { stored: false, why: String(data.reason ?? "errors") };
  }
  return { stored: true };
}

/** The least privileged role the matrix lets through, so the hostile input reaches the mutation. */
function actingRole(action: string): Role | "throwaway" {
  const row = actionRows.find((r) => r.action === action);
  if (!row) return "admin";
  if (row.last) return "throwaway";
  const order: Role[] = ["visitor", "member", "representative", "official", "moderator", "admin"];
  return order.find((role) => row.expect[role] === "allow") ?? "admin";
}

let throwaways = 0;
async function throwawayViewer(): Promise<Viewer> {
  throwaways += 1;
  const user = await database.prisma.user.create({
    data: { email: `hostile-${throwaways}@example.org`, name: "Throwaway" },
    select: { id: true },
  });
  return viewerById(user.id);
}

beforeAll(async () => {
  viewers = await roleViewers(database.prisma);
  adminId = viewers.get("admin")!.id;
  fixtures = await createFixtures(database.prisma, { slug: "hostile-proposal" });
  let tables = await database.prisma.$queryRawUnsafe<{ table_name: string; updated: boolean }[]>(`
    SELECT table_name, bool_or(column_name = 'updatedAt') AS updated FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%' GROUP BY table_name ORDER BY table_name`);
  // Rate-limit counters record attempts, refused ones included: that is their job.
  tables = tables.filter(({ table_name: t }) => !/ratelimit/i.test(t));
  countSql = tables
    .map(
      ({ table_name: t, updated }) =>
        `SELECT '${t}' AS t, count(*)::int AS n, ${updated ? `max("updatedAt")::text` : "NULL"} AS u FROM "${t}"`,
    )
    .join(" UNION ALL ");
});

describe("hostile input to every server action", async () => {
  const actions = await discoverActions();
  const ordered = [...actions.filter((a) => actingRole(a) !== "throwaway"), ...actions.filter((a) => actingRole(a) === "throwaway")];

  it("finds the server actions", () => {
    expect(actions.length).toBeGreaterThan(20);
  });

  for (const action of ordered) {
    const role = actingRole(action);
    it(`${action} as ${role}: no unexpected error, a refusal stores nothing, extra fields take nothing`, async () => {
      const row = actionRows.find((r) => r.action === action);
      const base: Base = row ? row.input(fixtures) : {};
      await fc.assert(
        fc.asyncProperty(inputArbitrary(base), async (input) => {
          const viewer = role === "throwaway" ? await throwawayViewer() : (viewers.get(role) ?? null);
          session.viewer = viewer;
          const moderating = role === "moderator" || role === "admin";
          const [countsBefore, guardedBefore] = await Promise.all([tableState(), guarded()]);
          const outcome = await invoke(action, input).catch((error: Error) => {
            throw new Error(`${error.message}\n  input: ${describeInput(input)}`, { cause: error });
          });
          if (!outcome.stored)
            expect(
              await tableState(),
              `${action} refused (${outcome.why}) but changed the database; input: ${describeInput(input)}`,
            ).toEqual(countsBefore);
          expect(guardedChanges(guardedBefore, await guarded(), viewer, moderating), `input: ${describeInput(input)}`).toEqual([]);
        }),
        { numRuns: RUNS_PER_ACTION, interruptAfterTimeLimit: 40_000, examples: everyFieldAt(base) },
      );
    });
  }
});

// ── Route handlers ──

const queryKeys = [
  "q",
  "country",
  "kind",
  "sector",
  "oblast",
  "language",
  "languages",
  "locale",
  "page",
  "perPage",
  "limit",
  "sort",
  "bbox",
  "zoom",
  "cluster",
  "offset",
  "near",
  "layer",
  "when",
  "from",
  "to",
  "type",
  "month",
  "view",
  "owner",
  "aidType",
  "status",
  "cursor",
  "format",
  "precision",
  "verified",
  "occupied",
  "cost",
  "urgency",
  "form",
  "lat",
  "lng",
  "radius",
];
const number = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom("NaN", "-Infinity", "1e999", "-0", ""),
);
const queryValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    hostileString(),
    number,
    fc.array(number, { minLength: 2, maxLength: 5 }).map((parts) => parts.join(",")),
    fc.constantFrom(
      "-180,-90,180,90",
      "181,91,-181,-91",
      "10,50,5,45",
      "0,0,0,0",
      "NaN,NaN,NaN,NaN",
      "50.4,30.5",
      "91,181",
      "o:1:2:3",
      "c-1",
      "99999999999999999999",
    ),
  );
const queryString = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 8 })), queryValue()), { maxLength: 8 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "%",
        "%E0%A4%A",
        "q=%00",
        "&&&=&",
        "=x",
        "q=%ZZ",
        `q=${HUGE}`,
        "bbox=1,2,3&bbox=4,5,6,7&zoom=99&zoom=-1",
        "q[]=1&q[]=2",
        "locale=en&locale=uk&locale=xx",
      ),
    },
  );

let requests = 0;
describe("hostile query strings to every GET route handler", () => {
  const routes = discoverGetRoutes();

  it("finds the route handlers", () => {
    expect(routes.length).toBeGreaterThan(8);
  });

  for (const file of routes) {
    if (skippedRoutes[file]) continue; // see skippedRoutes for why
    it(`${file}: never a 5xx, always a well-formed body`, async () => {
      const { segments, params } = routePath(file);
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as {
        GET: (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
      };
      const event = await database.prisma.event.findFirst({ where: { status: "PUBLISHED" }, select: { slug: true } });
      const paramValue = (name: string): fc.Arbitrary<string> =>
        name === "locale"
          ? fc.oneof(fc.constantFrom("en", "uk"), hostileString())
          : fc.oneof(fc.constantFrom(event?.slug ?? "missing"), hostileString());
      const paramsArbitrary = fc.record(
        Object.fromEntries(params.map((name) => [name, paramValue(name)])) as Record<string, fc.Arbitrary<string>>,
      );
      await fc.assert(
        fc.asyncProperty(paramsArbitrary, queryString(), async (values, query) => {
          session.viewer = null;
          const pathname = segments
            .map((s) => {
              const name = s.replace(/^\[(\.\.\.)?|\]$/g, "");
              return s.startsWith("[") ? encodeURIComponent(wellFormed(values[name] ?? "")) : s;
            })
            .join("/");
          // A new address each time: this is about answers to odd requests, not the per-address budget.
          requests += 1;
          const address = `10.${(requests >> 16) & 255}.${(requests >> 8) & 255}.${requests & 255}`;
          const request = new NextRequest(`http://localhost/${pathname}?${query}`, { headers: { "x-forwarded-for": address } });
          const label = `${file} ?${query.length > 200 ? `${query.slice(0, 100)}…(${query.length} chars)` : query} params ${JSON.stringify(values).slice(0, 200)}`;
          let response: Response;
          try {
            response = await mod.GET(request, { params: Promise.resolve(values) });
          } catch (error) {
            // notFound() from a route is Next's 404, not a failure.
            if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return;
            throw new Error(`${label} threw ${String(error)}`, { cause: error });
          }
          expect(response.status, label).toBeLessThan(500);
          const body = await response.text();
          const type = response.headers.get("content-type") ?? "";
          if (/json/.test(type)) expect(() => JSON.parse(body), label).not.toThrow();
          if (response.ok && /text\/calendar/.test(type)) expect(body.startsWith("BEGIN:VCALENDAR"), label).toBe(true);
          if (response.ok && /xml/.test(type)) expect(body.startsWith("<?xml"), label).toBe(true);
        }),
        {
          numRuns: RUNS_PER_ROUTE,
          interruptAfterTimeLimit: 30_000,
          // Always tried: NUL in every parameter and path segment, and every parameter huge.
          examples: [
            [
              Object.fromEntries(params.map((name) => [name, name === "locale" ? "en" : "a\u0000b"])),
              new URLSearchParams(queryKeys.map((key) => [key, key === "locale" ? "en" : "a\u0000b"])).toString(),
            ],
            [
              Object.fromEntries(params.map((name) => [name, HUGE])),
              new URLSearchParams(queryKeys.map((key) => [key, HUGE.slice(0, 5_000)])).toString(),
            ],
          ],
        },
      );
    });
  }
});

// ── Stored text, rendered ──

describe("text stored through the real mutation is rendered escaped", () => {
  it("a listing's name and description with <script> and onerror render as text", async () => {
    const payloadName = "<script>alert(1)</script> Bridges";
    const payloadDescription = "<img src=x onerror=alert(1)>\n\n- <script>alert(2)</script>\n- </script><script>alert(3)</script>";
    session.viewer = viewers.get("representative") ?? null;
    const { editOrganizationAction } = await import("@/lib/organization/actions");
    const form = new FormData();
    for (const [key, value] of Object.entries({
      organizationId: fixtures.bridgesOrgId,
      slug: "bridges-for-schools-berlin",
      nameEn: payloadName,
      missionEn: payloadDescription,
      descriptionEn: payloadDescription,
      languages: "uk, de",
    }))
      form.append(key, value);
    const result = (await editOrganizationAction({}, form)) as { data?: { ok?: boolean } };
    expect(result.data?.ok).toBe(true);

    const { getOrganizationBySlug } = await import("@/lib/organization/queries");
    const organization = (await getOrganizationBySlug("bridges-for-schools-berlin"))!;
    expect(organization.name).toMatchObject({ en: payloadName });
    const { Localized } = await import("@/components/i18n/localized");
    const { LocalizedParagraphs } = await import("@/components/i18n/localized-paragraphs");
    const { JsonLd } = await import("@/components/listing/json-ld");
    const { pickText } = await import("@/lib/i18n/localized-text");
    const html = renderToString(
      createElement(
        NextIntlClientProvider,
        { locale: "en", messages: {} } as ComponentProps<typeof NextIntlClientProvider>,
        createElement(
          Fragment,
          null,
          createElement("h1", null, createElement(Localized, { value: organization.name })),
          createElement(LocalizedParagraphs, { value: organization.description }),
          createElement(LocalizedParagraphs, { value: organization.mission }),
          // The profile's structured data carries the same name and mission inside a <script>.
          createElement(JsonLd, {
            data: {
              "@type": "Organization",
              name: pickText(organization.name, "en")?.text,
              description: pickText(organization.mission, "en")?.text,
            },
          }),
        ),
      ),
    );
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Bridges");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<[^>]*\sonerror\s*=/i);
    // Only the structured data's own script element, opened and closed once.
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
  });
});
