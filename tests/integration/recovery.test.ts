// The recovery tracker (issue 18) on real PostgreSQL with the demo seed: a partnership's two sides
// record a milestone with a pledge, a disbursement and a photo; only the other side confirms;
// residents ask in public and a side answers once; photos lose every bit of metadata (GPS
// included), a file that only claims to be a JPEG and one over the limit are refused and store
// nothing; the totals the pages show equal the sums of what /api/v1/recovery lists.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import exifr from "exifr";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as evidenceRoute from "@/app/api/v1/evidence/[id]/route";
import * as iatiRoute from "@/app/api/v1/partnerships/[slug]/iati.xml/route";
import * as recoveryCsvRoute from "@/app/api/v1/recovery.csv/route";
import * as recoveryRoute from "@/app/api/v1/recovery/route";
import type { Viewer } from "@/lib/auth/viewer";
import { NotAllowedError } from "@/lib/auth/policy";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { minorToUnits } from "@/lib/money/minor";
import { noRecoveryFilters, parseRecoveryFilters } from "@/lib/recovery/filters";
import {
  addEvidence,
  addMilestone,
  answerQuestion,
  askQuestion,
  moveMilestone,
  recordTransaction,
  setExchangeRate,
} from "@/lib/recovery/mutations";
import { needProgress, partnershipPlan, recoveryTotalsFor } from "@/lib/recovery/queries";
import { evidenceSchema, milestoneStepSchema, transactionSchema } from "@/lib/recovery/schema";
import { FLOWS } from "@/lib/recovery/totals";
import { fileDatabase, fileEnv } from "./support/file-database";
import { session } from "./support/request-stubs";
import { demoViewers, type DemoRole } from "./support/seeded-database";

vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/headers", async () => (await import("./support/request-stubs")).nextHeadersStub);

fileEnv({ FILES_DIR: mkdtempSync(path.join(os.tmpdir(), "atlas-recovery-files-")) });
const database = fileDatabase({ demo: true });
let people: Map<DemoRole, Viewer>;
const as = (role: DemoRole) => people.get(role)!;
let partnershipId: string;
let communityId: string;
let needId: string;
const SLUG = "recovery-test-berezhany-bridges";

/** A form posted to a schema, as the action would parse it. */
const form = (values: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};

let caller = 0;
// Each route names its own params; the test hands every route what it asks for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Route = { GET: (request: NextRequest, context: { params: Promise<any> }) => Promise<Response> };
async function get(route: Route, url: string, params: Record<string, string> = {}) {
  const request = new NextRequest(`http://atlas.test${url}`, { headers: { [SOCKET_ADDRESS_HEADER]: `203.0.113.${++caller % 250}` } });
  return route.GET(request, { params: Promise.resolve(params) });
}

beforeAll(async () => {
  people = await demoViewers(database);
  const community = await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } });
  const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug: "bridges-for-schools-berlin" }, select: { id: true } });
  communityId = community.id;
  // A need of its own, so the demo's plans (the seed has some for Бережанська) do not add to its progress.
  needId = (
    await database.prisma.need.create({
      data: {
        slug: "recovery-test-school-bus",
        communityId,
        title: { en: "School bus for the lyceum (test)" },
        sector: "SPECIAL_VEHICLES",
        costMinor: 6_000_000n,
        currency: "EUR",
      },
      select: { id: true },
    })
  ).id;
  // An agreed, published partnership between the representative's organisation and the official's community.
  partnershipId = (
    await database.prisma.partnership.create({
      data: {
        slug: SLUG,
        organizationId: org.id,
        communityId,
        form: "AGREEMENT",
        partnershipStatus: "ACTIVE",
        status: "PUBLISHED",
        title: { en: "Bridges and Berezhany", uk: "Bridges і Бережани" },
        startDate: new Date("2026-03-01T00:00:00Z"),
      },
      select: { id: true },
    })
  ).id;
});

/** A JPEG that carries GPS coordinates, a camera and a comment in its EXIF. */
async function photoWithGps(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3a7" } })
    .withExif({
      IFD0: { Make: "FrontlineCam", Model: "X1", ImageDescription: "bus at the lyceum" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 27/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "24/1 56/1 0/1" },
    })
    .jpeg()
    .toBuffer();
  const gps = await exifr.gps(photo);
  expect(gps?.latitude, "the test photo itself carries GPS").toBeCloseTo(49.45, 1);
  return photo;
}

describe("a milestone from pledge to confirmation", () => {
  let milestoneId: string;

  it("lets either side record a milestone and its money, and refuses a visitor and a member", async () => {
    const created = await addMilestone(as("representative"), {
      partnershipId,
      titleEn: "School bus delivered to the lyceum",
      titleUk: "Шкільний автобус для ліцею",
      plannedDate: "2026-06-01",
      needIds: [needId],
    });
    expect(created.ok).toBe(true);
    milestoneId = (created as { id: string }).id;

    const pledge = transactionSchema.parse(
      form({
        partnershipId,
        milestoneId,
        flow: "COMMITMENT",
        amount: "€42 000",
        currency: "UAH",
        date: "2026-03-02",
        providerSide: "ORGANIZATION",
      }),
    );
    expect(pledge.currency, "a currency typed with the amount wins over the list").toBe("EUR");
    expect(await recordTransaction(as("representative"), pledge)).toMatchObject({ ok: true });
    const paid = transactionSchema.parse(
      form({
        partnershipId,
        milestoneId,
        flow: "DISBURSEMENT",
        amount: "20 000",
        currency: "EUR",
        date: "2026-04-02",
        providerSide: "ORGANIZATION",
      }),
    );
    expect(await recordTransaction(as("representative"), paid)).toMatchObject({ ok: true });
    const bus = transactionSchema.parse(
      form({
        partnershipId,
        milestoneId,
        flow: "DISBURSEMENT",
        amount: "38000",
        currency: "EUR",
        date: "2026-05-20",
        providerSide: "ORGANIZATION",
        inKind: "on",
        quantity: "1",
        item: "school bus",
      }),
    );
    expect(await recordTransaction(as("representative"), bus)).toMatchObject({ ok: true });
    const spent = transactionSchema.parse(
      form({ partnershipId, milestoneId, flow: "EXPENDITURE", amount: "150 000,50 грн", date: "2026-05-25", providerSide: "COMMUNITY" }),
    );
    expect(spent.currency).toBe("UAH");
    expect(await recordTransaction(as("official"), spent)).toMatchObject({ ok: true });

    await expect(addMilestone(null, { partnershipId, titleEn: "Sneaky", needIds: [] })).rejects.toThrow(NotAllowedError);
    await expect(addMilestone(as("member"), { partnershipId, titleEn: "Sneaky", needIds: [] })).rejects.toThrow(NotAllowedError);
    await expect(recordTransaction(as("member"), pledge)).rejects.toThrow(NotAllowedError);
    const rows = await database.prisma.aidTransaction.findMany({ where: { partnershipId }, orderBy: { date: "asc" } });
    expect(rows.map((r) => [r.flow, r.providerSide, r.receiverSide, r.currency, r.amountMinor])).toEqual([
      ["COMMITMENT", "ORGANIZATION", "COMMUNITY", "EUR", 4_200_000n],
      ["DISBURSEMENT", "ORGANIZATION", "COMMUNITY", "EUR", 2_000_000n],
      ["DISBURSEMENT", "ORGANIZATION", "COMMUNITY", "EUR", 3_800_000n],
      ["EXPENDITURE", "COMMUNITY", "ORGANIZATION", "UAH", 15_000_050n],
    ]);
    expect(rows[2]).toMatchObject({ inKind: true, quantity: 1, item: "school bus" });
  });

  it("refuses a side this partnership does not have, and an in-kind gift without saying what", () => {
    const missingItem = transactionSchema.safeParse(
      form({ partnershipId, flow: "DISBURSEMENT", amount: "10", date: "2026-05-20", providerSide: "ORGANIZATION", inKind: "on" }),
    );
    expect(missingItem.success).toBe(false);
    expect(missingItem.error?.issues.map((i) => i.path.join("."))).toContain("item");
    return expect(
      recordTransaction(as("representative"), {
        partnershipId,
        flow: "COMMITMENT",
        amount: 10,
        currency: "EUR",
        date: "2026-05-20",
        providerSide: "PARTNER_ORGANIZATION",
        inKind: false,
        quantity: undefined,
        item: undefined,
      }),
    ).resolves.toEqual({ ok: false, reason: "BAD_SIDE" });
  });

  it("strips every bit of metadata from a photo, GPS included, and serves it sandboxed", async () => {
    const upload = evidenceSchema.parse(
      form({
        milestoneId,
        caption: "The bus at the lyceum",
        file: new File([new Uint8Array(await photoWithGps())], "IMG_0042.JPG", { type: "image/jpeg" }),
      }),
    );
    const added = await addEvidence(as("representative"), upload);
    expect(added.ok).toBe(true);
    const evidenceId = (added as { id: string }).id;

    const response = await get(evidenceRoute, `/api/v1/evidence/${evidenceId}`, { id: evidenceId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const served = Buffer.from(await response.arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(await exifr.gps(served).catch(() => undefined)).toBeUndefined();
    expect(served.includes(Buffer.from("FrontlineCam"))).toBe(false);

    const thumb = await get(evidenceRoute, `/api/v1/evidence/${evidenceId}?size=thumb`, { id: evidenceId });
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect(Math.max((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width ?? 0)).toBeLessThanOrEqual(480);
  });

  it("refuses a file that only claims to be a JPEG, and one over the limit, storing nothing", async () => {
    const before = await database.prisma.evidence.count();
    const fake = evidenceSchema.parse(
      form({ milestoneId, file: new File(["<html><script>alert(1)</script></html>"], "photo.jpg", { type: "image/jpeg" }) }),
    );
    expect(await addEvidence(as("official"), fake)).toEqual({ ok: false, reason: "FILE_TYPE" });
    const big = evidenceSchema.parse(
      form({ milestoneId, file: new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(0xff)], "huge.jpg", { type: "image/jpeg" }) }),
    );
    expect(await addEvidence(as("official"), big)).toEqual({ ok: false, reason: "FILE_TOO_LARGE" });
    expect(await database.prisma.evidence.count()).toBe(before);
  });

  it("lets only the other side confirm a delivery, once", async () => {
    const step = (s: string, reason?: string) => milestoneStepSchema.parse(form({ milestoneId, step: s, ...(reason ? { reason } : {}) }));
    expect(await moveMilestone(as("official"), step("start"))).toEqual({ ok: true, message: "saved" });
    expect(await moveMilestone(as("representative"), step("deliver"))).toEqual({ ok: true, message: "saved" });
    // The organisation delivered: neither it nor a moderator (who speaks for no side) confirms.
    expect(await moveMilestone(as("representative"), step("confirm"))).toEqual({ ok: false, reason: "OTHER_SIDE_ONLY" });
    expect(await moveMilestone(as("moderator"), step("confirm"))).toEqual({ ok: false, reason: "OTHER_SIDE_ONLY" });
    await expect(moveMilestone(as("member"), step("confirm"))).rejects.toThrow(NotAllowedError);
    expect(await moveMilestone(as("official"), step("confirm"))).toEqual({ ok: true, message: "saved" });
    expect(await moveMilestone(as("official"), step("confirm"))).toEqual({ ok: false, reason: "WRONG_STEP" });
    expect(await moveMilestone(as("official"), step("cancel", "changed our minds"))).toEqual({ ok: false, reason: "WRONG_STEP" });

    const milestone = await database.prisma.milestone.findUniqueOrThrow({ where: { id: milestoneId } });
    expect(milestone).toMatchObject({ milestoneStatus: "CONFIRMED", deliveredBySide: "ORGANIZATION", confirmedById: as("official").id });
    const trail = await database.prisma.auditLog.findMany({
      where: { targetId: milestoneId },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(trail.map((t) => t.action)).toEqual([
      "milestone.created",
      "transaction.recorded",
      "transaction.recorded",
      "transaction.recorded",
      "transaction.recorded",
      "evidence.added",
      "milestone.started",
      "milestone.delivered",
      "milestone.confirmed",
    ]);
    // The community's officials were asked to confirm; the organisation's people heard it was.
    const notices = await database.prisma.notification.findMany({
      where: { kind: { startsWith: "milestone." } },
      select: { kind: true, userId: true },
    });
    expect(notices).toEqual(
      expect.arrayContaining([
        { kind: "milestone.delivered", userId: as("official").id },
        { kind: "milestone.confirmed", userId: as("representative").id },
      ]),
    );
  });

  it("takes a resident's question in public and one answer from a side", async () => {
    const asked = await askQuestion(as("member"), { milestoneId, body: "I live next to the lyceum and see no bus yet. Where is it?" });
    expect(asked.ok).toBe(true);
    const questionId = (asked as { id: string }).id;
    await expect(answerQuestion(as("member"), { questionId, answer: "It is here" })).rejects.toThrow(NotAllowedError);
    // A moderator may correct a plan but does not answer in the partnership's name.
    expect(await answerQuestion(as("moderator"), { questionId, answer: "On its way" })).toEqual({ ok: false, reason: "NOT_A_SIDE" });
    expect(await answerQuestion(as("official"), { questionId, answer: "It is parked at the school since 20 May." })).toEqual({
      ok: true,
      message: "saved",
    });
    expect(await answerQuestion(as("representative"), { questionId, answer: "Second answer" })).toEqual({
      ok: false,
      reason: "WRONG_STEP",
    });
    const plan = await partnershipPlan(partnershipId);
    expect(plan.milestones[0]!.questions[0]).toMatchObject({ answer: "It is parked at the school since 20 May." });
  });

  it("shows the need's progress from its plans", async () => {
    const progress = (await needProgress([needId])).get(needId)!;
    expect(progress.pledged).toEqual([{ currency: "EUR", minor: 4_200_000n }]);
    expect(progress.delivered).toEqual([expect.objectContaining({ confirmed: true, items: [{ item: "school bus", quantity: 1 }] })]);
  });
});

describe("totals: the pages and the API say the same", () => {
  beforeAll(async () => {
    await setExchangeRate(as("moderator"), { currency: "UAH", validFrom: "2026-05-01", eurPerUnit: 0.0225 });
  });

  it("sums the API's transactions per flow and currency to the totals the pages show", async () => {
    for (const query of ["", "community=berezhanska-urban", "status=CONFIRMED", "sector=EDUCATION_YOUTH&status=CONFIRMED"]) {
      const body = (await (await get(recoveryRoute, `/api/v1/recovery?${query}`)).json()) as {
        totals: Record<string, { byCurrency: { currency: string; amount: number }[]; eurEquivalent: number | null }>;
        transactions: { flow: string; amount: number; currency: string }[];
      };
      const params = new URLSearchParams(query);
      const communitySlug = params.get("community");
      const pageTotals = await recoveryTotalsFor(parseRecoveryFilters(params), communitySlug ? communityId : undefined);
      for (const flow of FLOWS) {
        const sums = new Map<string, number>();
        for (const t of body.transactions.filter((t) => t.flow === flow))
          sums.set(t.currency, Math.round(((sums.get(t.currency) ?? 0) + t.amount) * 100) / 100);
        const page = new Map(pageTotals.flows[flow].byCurrency.map((c) => [c.currency, minorToUnits(c.minor)]));
        expect(Object.fromEntries(sums), `${flow} for "${query}"`).toEqual(Object.fromEntries(page));
        expect(Object.fromEntries(body.totals[flow]!.byCurrency.map((c) => [c.currency, c.amount]))).toEqual(Object.fromEntries(page));
      }
    }
  });

  it("converts to euros at the rate of each amount's date and labels the rate used", async () => {
    const totals = await recoveryTotalsFor(noRecoveryFilters, communityId);
    const expenditure = totals.flows.EXPENDITURE;
    const uah = expenditure.byCurrency.find((c) => c.currency === "UAH")!;
    expect(uah.minor).toBeGreaterThanOrEqual(15_000_050n);
    expect(totals.ratesAsOf).not.toBeNull();
    expect(expenditure.eurMinor).not.toBeNull();
  });

  it("gives the same rows as CSV, and the partnership as an IATI activity", async () => {
    const csv = await (await get(recoveryCsvRoute, `/api/v1/recovery.csv?community=berezhanska-urban`)).text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toMatch(/^transaction_id,date,flow,amount,currency/);
    expect(lines.some((line) => line.includes(",EXPENDITURE,150000.5,UAH,"))).toBe(true);
    const xml = await (await get(iatiRoute, `/api/v1/partnerships/${SLUG}/iati.xml`, { slug: SLUG })).text();
    expect(xml).toContain('<transaction-type code="2"/>');
    expect(xml).toContain('<value currency="EUR" value-date="2026-03-02">42000.00</value>');
    expect(xml).toContain('<result type="1">');
    expect((await get(iatiRoute, "/api/v1/partnerships/nope/iati.xml", { slug: "nope" })).status).toBe(404);
    expect((await get(recoveryRoute, "/api/v1/recovery?community=no-such-place")).status).toBe(404);
  });

  it("keeps a hidden partnership's plan out of the API and its evidence private", async () => {
    await database.prisma.partnership.update({ where: { id: partnershipId }, data: { hiddenAt: new Date() } });
    try {
      const body = (await (await get(recoveryRoute, "/api/v1/recovery?community=berezhanska-urban")).json()) as {
        milestones: { partnership: { slug: string } }[];
      };
      expect(body.milestones.map((m) => m.partnership.slug)).not.toContain(SLUG);
      const evidence = await database.prisma.evidence.findFirstOrThrow({ where: { milestone: { partnershipId } } });
      session.viewer = null;
      expect((await get(evidenceRoute, `/api/v1/evidence/${evidence.id}`, { id: evidence.id })).status).toBe(404);
      session.viewer = as("official");
      expect((await get(evidenceRoute, `/api/v1/evidence/${evidence.id}`, { id: evidence.id })).status).toBe(200);
      // Nobody asks in public about what the public cannot see.
      expect(await askQuestion(as("member"), { milestoneId: evidence.milestoneId, body: "Is this plan still going ahead?" })).toEqual({
        ok: false,
        reason: "NOT_FOUND",
      });
    } finally {
      session.viewer = null;
      await database.prisma.partnership.update({ where: { id: partnershipId }, data: { hiddenAt: null } });
    }
  });
});
