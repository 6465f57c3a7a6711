// Exactly once from the browser (issue 21): a create form's idempotency key makes a double
// click, a retry or a resubmit create one record and give the same answer, on real PostgreSQL
// with the demo seed. Actions are called as the browser calls them (previous state, FormData),
// with the session replaced by a loaded demo person, as in authorization.test.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StateAction } from "@/components/forms/action-form";
import type { Viewer } from "@/lib/auth/viewer";
import { claimKey } from "@/lib/db/idempotency-keys";
import { createNeedAction } from "@/lib/need/actions";
import { registerOrganizationAction } from "@/lib/organization/actions";
import { reportListingAction } from "@/lib/report/actions";
import { formData, settle } from "./support/actions";
import { fileDatabase } from "./support/file-database";
import { session } from "./support/request-stubs";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

// Nothing here searches: the search projection is left out.
const database = fileDatabase({ demo: true, searchIndex: false });
let member: Viewer;
let otherMember: Viewer;
let official: Viewer;
let berezhanyId: string;
let reportTargetId: string;

/** The action's answer, or the redirect it ended with (as the digest Next.js acts on). */
async function submit(action: StateAction, as: Viewer, values: Record<string, string | string[]>): Promise<unknown> {
  session.viewer = as;
  const outcome = await settle(action({}, formData(values)));
  return "redirect" in outcome ? { redirect: outcome.redirect } : outcome.result;
}

const viewer = (email: string) => viewerByEmail(database.prisma, email);

const registration = (nameEn: string, key?: string) => ({
  locale: "en",
  kind: "DIASPORA_ASSOCIATION",
  nameEn,
  country: "DE",
  city: "Berlin",
  precision: "CITY",
  languages: "uk",
  ...(key ? { idempotencyKey: key } : {}),
});
const organizationsNamed = (nameEn: string) => database.prisma.organization.count({ where: { name: { path: ["en"], equals: nameEn } } });

beforeAll(async () => {
  member = await viewer("member@demo.example");
  otherMember = await viewer("representative@demo.example");
  official = await viewer("official@demo.example");
  berezhanyId = (await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } })).id;
  reportTargetId = (
    await database.prisma.organization.findUniqueOrThrow({ where: { slug: "friends-of-kyiv-toronto" }, select: { id: true } })
  ).id;
});

describe("registering an organisation with an idempotency key", () => {
  it("twice with the same key creates one listing and sends both to the same confirmation", async () => {
    const key = randomUUID();
    const first = await submit(registerOrganizationAction, member, registration("Idempotent Association One", key));
    const second = await submit(registerOrganizationAction, member, registration("Idempotent Association One", key));
    expect(first).toEqual({ redirect: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/account\?registered=/) });
    expect(second).toEqual(first);
    expect(await organizationsNamed("Idempotent Association One")).toBe(1);
  });

  it("five times at once with the same key creates one listing; every request gets the same redirect", async () => {
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => submit(registerOrganizationAction, member, registration("Idempotent Association Five", key))),
    );
    expect(await organizationsNamed("Idempotent Association Five")).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toEqual({ redirect: expect.stringContaining("/en/account?registered=") });
  });

  it("with different keys creates two listings (two entries, not a repeat)", async () => {
    const first = await submit(registerOrganizationAction, member, registration("Idempotent Association Two", randomUUID()));
    const second = await submit(registerOrganizationAction, member, registration("Idempotent Association Two", randomUUID()));
    expect(first).not.toEqual(second); // two slugs
    expect(await organizationsNamed("Idempotent Association Two")).toBe(2);
  });

  it("without a key works as before: each submit creates a listing", async () => {
    await submit(registerOrganizationAction, member, registration("Keyless Association"));
    await submit(registerOrganizationAction, member, registration("Keyless Association"));
    expect(await organizationsNamed("Keyless Association")).toBe(2);
  });

  it("refuses a key that is not a UUID and creates nothing", async () => {
    const answer = await submit(registerOrganizationAction, member, registration("Badly Keyed Association", "not-a-uuid"));
    expect(answer).toEqual({ validationErrors: { formErrors: ["invalid"], fieldErrors: {} } });
    expect(await organizationsNamed("Badly Keyed Association")).toBe(0);
  });
});

describe("registering a need with an idempotency key", () => {
  const need = (values: Record<string, string>) => ({
    communityId: berezhanyId,
    communitySlug: "berezhanska-urban",
    locale: "en",
    currency: "EUR",
    ...values,
  });

  it("a failed validation does not use the key up: the corrected form runs, and a repeat of it does not", async () => {
    const key = randomUUID();
    const invalid = await submit(createNeedAction, official, need({ titleEn: "Idempotent boiler", idempotencyKey: key })); // no sector
    expect(invalid).toMatchObject({ validationErrors: { fieldErrors: { sector: ["choose"] } } });
    expect(await database.prisma.idempotencyKey.count({ where: { key } })).toBe(0);

    const fixed = await submit(createNeedAction, official, need({ titleEn: "Idempotent boiler", sector: "HEATING", idempotencyKey: key }));
    expect(fixed).toEqual({ redirect: expect.stringContaining("/en/communities/berezhanska-urban/matches") });
    const again = await submit(createNeedAction, official, need({ titleEn: "Idempotent boiler", sector: "HEATING", idempotencyKey: key }));
    expect(again).toEqual(fixed);
    expect(
      await database.prisma.need.count({ where: { communityId: berezhanyId, title: { path: ["en"], equals: "Idempotent boiler" } } }),
    ).toBe(1);
  });

  it("five at once with the same key create one need", async () => {
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        submit(createNeedAction, official, need({ titleEn: "Idempotent generator", sector: "RENEWABLE_ENERGY", idempotencyKey: key })),
      ),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toEqual({ redirect: expect.stringContaining("/en/communities/berezhanska-urban/matches") });
    expect(
      await database.prisma.need.count({ where: { communityId: berezhanyId, title: { path: ["en"], equals: "Idempotent generator" } } }),
    ).toBe(1);
  });
});

describe("reporting a listing with an idempotency key", () => {
  const report = (key: string, targetId = reportTargetId) => ({
    targetType: "ORGANIZATION",
    targetId,
    reason: "WRONG_INFORMATION",
    details: "Idempotent report",
    idempotencyKey: key,
  });

  it("five at once with the same key make one report, and all five show the same confirmation", async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(reportListingAction, member, report(key))));
    // Without the key the four late ones would be told ALREADY_REPORTED.
    for (const answer of answers) expect(answer).toEqual({ data: { ok: true, message: "reportSent" } });
    expect(await database.prisma.report.count({ where: { targetId: reportTargetId, reporterId: member.id } })).toBe(1);
    expect(
      await database.prisma.idempotencyKey.findUnique({ where: { scope_action_key: { scope: member.id, action: "report.create", key } } }),
    ).toMatchObject({ status: "DONE", result: { data: { ok: true, message: "reportSent" } } });
  });

  it("a refusal gives the key back: the same key then reports the right listing", async () => {
    const key = randomUUID();
    const missing = await submit(reportListingAction, otherMember, report(key, "c000000000000000000000000"));
    expect(missing).toEqual({ data: { ok: false, reason: "NOT_FOUND" } });
    const found = await submit(reportListingAction, otherMember, report(key));
    expect(found).toEqual({ data: { ok: true, message: "reportSent" } });
    expect(await database.prisma.report.count({ where: { targetId: reportTargetId, reporterId: otherMember.id } })).toBe(1);
  });

  it("keys are per person: another person's identical key is not their answer", async () => {
    const key = randomUUID();
    const target = (
      await database.prisma.organization.findUniqueOrThrow({ where: { slug: "bridges-for-schools-berlin" }, select: { id: true } })
    ).id;
    await submit(reportListingAction, member, report(key, target));
    await submit(reportListingAction, official, report(key, target));
    expect(await database.prisma.report.count({ where: { targetId: target, reporterId: { in: [member.id, official.id] } } })).toBe(2);
  });
});

describe("the key table", () => {
  it("answers 'still working' while the first run holds the key, and takes over an abandoned or expired key", async () => {
    const scope = member.id;
    const busy = randomUUID();
    await database.prisma.idempotencyKey.create({ data: { scope, action: "test.create", key: busy } });
    expect(await claimKey(scope, "test.create", busy, 300)).toEqual({ kind: "busy" });

    const abandoned = randomUUID();
    await database.prisma.idempotencyKey.create({
      data: { scope, action: "test.create", key: abandoned, createdAt: new Date(Date.now() - 5 * 60_000) },
    });
    expect(await claimKey(scope, "test.create", abandoned, 300)).toEqual({ kind: "run" });

    const expired = randomUUID();
    const done = { status: "DONE" as const, result: { data: { ok: true } } };
    await database.prisma.idempotencyKey.create({
      data: { scope, action: "test.create", key: expired, ...done, createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    const fresh = randomUUID();
    await database.prisma.idempotencyKey.create({ data: { scope, action: "test.create", key: fresh, ...done } });
    expect(await claimKey(scope, "test.create", fresh, 300)).toEqual({ kind: "replay", outcome: { data: { ok: true } } });
    expect(await claimKey(scope, "test.create", expired, 300)).toEqual({ kind: "run" });
  });

  it("an action refused as 'still working' creates nothing", async () => {
    const key = randomUUID();
    const target = (
      await database.prisma.organization.findFirstOrThrow({
        where: { slug: { notIn: ["friends-of-kyiv-toronto", "bridges-for-schools-berlin"] }, status: "PUBLISHED" },
        select: { id: true },
      })
    ).id;
    // The first run is "still going" for the whole wait: the second gives up with IN_PROGRESS.
    await database.prisma.idempotencyKey.create({ data: { scope: member.id, action: "report.create", key } });
    const answer = await submit(reportListingAction, member, {
      targetType: "ORGANIZATION",
      targetId: target,
      reason: "WRONG_INFORMATION",
      idempotencyKey: key,
    });
    expect(answer).toEqual({ serverError: "IN_PROGRESS" });
    expect(await database.prisma.report.count({ where: { targetId: target } })).toBe(0);
  }, 20_000);
});
