// A moderator's bulk import of organisations (issue 20) on real PostgreSQL: the open-data CSV
// export imports into an empty database and exports again byte for byte; a file with bad rows
// reports each and imports nothing; re-importing changes nothing; only moderators may import.
import { describe, expect, it, vi } from "vitest";
import { csvPieces } from "@/lib/export/formats";
import { exportOrganizations } from "@/lib/export/queries";
import { organizationColumns } from "@/lib/export/records";
import { NotAllowedError } from "@/lib/auth/policy";
import { parseOrganizationFilters } from "@/lib/organization/filters";
import { importOrganizations, type ImportResult } from "@/lib/organization/mutations";
import { clearFacetCache } from "@/lib/search/queries";
// Renamed: a name starting with "use" reads to the React lint as a hook.
import { useAppDatabase as pointAppAt } from "./support/database";
import { fileDatabase, fileEnv } from "./support/file-database";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const ORIGIN = "http://atlas.test";
fileEnv({ AUTH_URL: ORIGIN });
// The demo (source) and an empty database (target): the app's client is pointed at one, then the other.
const source = fileDatabase({ demo: true });
const target = fileDatabase({ app: false });

/** The CSV download of every public organisation, as the route writes it. */
async function exportCsv(url: string): Promise<string> {
  pointAppAt(url);
  clearFacetCache();
  let text = "";
  for await (const piece of csvPieces(await exportOrganizations(parseOrganizationFilters({}), "en", ORIGIN), organizationColumns))
    text += piece;
  return text;
}

const reportOf = (result: ImportResult) => ("report" in result ? result.report : undefined);
const csvFile = (text: string, name = "organizations.csv") => new File([text], name, { type: "text/csv" });

/** Preview, then confirm the previewed file, as the page does. */
async function previewAndImport(viewer: Awaited<ReturnType<typeof viewerByEmail>>, file: File, status: "PENDING" | "PUBLISHED") {
  const preview = await importOrganizations(viewer, { file, status });
  if (!preview.ok) return preview;
  return importOrganizations(viewer, { file, status, previewedHash: reportOf(preview)!.hash });
}

async function targetModerator() {
  await target.prisma.user.upsert({
    where: { email: "moderator@import.example" },
    create: { email: "moderator@import.example", name: "Import Moderator", role: "MODERATOR" },
    update: {},
  });
  return viewerByEmail(target.prisma, "moderator@import.example");
}

const counts = async (prisma: typeof source.prisma) => ({
  organizations: await prisma.organization.count(),
  audit: await prisma.auditLog.count(),
  search: await prisma.searchDocument.count(),
});

describe("round trip", () => {
  it("exports, imports into an empty database and exports the identical file; re-importing changes nothing", async () => {
    const first = await exportCsv(source.url);
    expect(first.split("\n").length).toBeGreaterThan(100);
    expect(await target.prisma.organization.count()).toBe(0);

    pointAppAt(target.url);
    const moderator = await targetModerator();
    const result = await previewAndImport(moderator, csvFile(first), "PUBLISHED");
    expect(result).toMatchObject({ ok: true, report: { errorCount: 0, duplicateCount: 0, unchanged: 0 } });
    const rows = first.trim().split("\n").length - 1;
    expect(result.ok && result.imported).toBe(rows);
    const audit = await target.prisma.auditLog.findMany({ where: { action: "organization.imported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: moderator.id, after: expect.objectContaining({ created: rows, status: "PUBLISHED" }) });

    // Identical bytes: slugs, names, points and updated_at are taken from the file (the point as
    // an EXACT one: it is the public point already), so nothing legitimately differs.
    expect(await exportCsv(target.url)).toBe(first);

    // Re-import: every row is matched by its slug and unchanged, so nothing is written or recorded.
    pointAppAt(target.url);
    const before = await counts(target.prisma);
    const again = await previewAndImport(moderator, csvFile(first), "PUBLISHED");
    expect(again).toMatchObject({ ok: true, imported: 0, report: { unchanged: rows, errorCount: 0, duplicateCount: 0 } });
    expect(await counts(target.prisma)).toEqual(before);
  });
});

describe("a file with bad rows", () => {
  it("reports each row's error and imports nothing", async () => {
    pointAppAt(source.url);
    const moderator = await viewerByEmail(source.prisma, "moderator@demo.example");
    const line = (slug: string, nameEn: string, more: { lat?: string; sectors?: string } = {}) =>
      [
        slug,
        "",
        "",
        nameEn,
        "CIVIL_SOCIETY",
        "PL",
        "Warsaw",
        more.sectors ?? "HEALTHCARE",
        "uk;pl",
        "",
        "",
        "false",
        "",
        more.lat ?? "52.2",
        "21",
        "false",
      ]
        .map((cell) => `"${cell.replaceAll('"', '""')}"`)
        .join(",");
    const file = csvFile(
      [
        organizationColumns.join(","),
        line("import-good", "A good new organisation"),
        line("import-no-name", ""),
        line("import-far", "Too far north", { lat: "95" }),
        line("import-sector", "Unknown sector", { sectors: "HEALTHCARE;TIME_TRAVEL" }),
        line("import-long", "x".repeat(10_240)),
        line("import-formula", '=HYPERLINK("http://evil.example","click me")'),
      ].join("\n"),
    );
    const before = await counts(source.prisma);
    const result = await importOrganizations(moderator, { file, status: "PUBLISHED", previewedHash: "0".repeat(64) });
    expect(result).toMatchObject({ ok: false, reason: "INVALID" });
    expect(reportOf(result)?.errors).toEqual([
      { row: 3, column: "name_uk", message: "required" },
      { row: 4, column: "latitude", message: "invalid" },
      { row: 5, column: "sectors", message: "invalid" },
      { row: 6, column: "name_en", message: "tooLong" },
      { row: 7, column: "name_en", message: "formula" },
    ]);
    expect(reportOf(result)).toMatchObject({ total: 6, valid: 1, fresh: 1 });
    expect(await counts(source.prisma)).toEqual(before);
    expect(await source.prisma.organization.findUnique({ where: { slug: "import-good" } })).toBeNull();
  });

  it("reports duplicates of existing organisations and refuses a file changed since its preview", async () => {
    pointAppAt(source.url);
    const moderator = await viewerByEmail(source.prisma, "moderator@demo.example");
    const existing = await source.prisma.organization.findFirstOrThrow({
      where: { website: { not: null } },
      select: { slug: true, website: true },
    });
    const header = organizationColumns.join(",");
    const row = (slug: string, website: string) =>
      `${slug},,,Brand new ${slug},CIVIL_SOCIETY,PL,Warsaw,HEALTHCARE,uk,${website},,false,,52.2,21,false`;
    const duplicate = await importOrganizations(moderator, {
      file: csvFile(`${header}\n${row("import-dup", existing.website!)}\n`),
      status: "PENDING",
    });
    expect(duplicate).toMatchObject({
      ok: false,
      reason: "INVALID",
      report: { duplicates: [{ row: 2, by: "website", ofSlug: existing.slug }] },
    });

    const preview = await importOrganizations(moderator, { file: csvFile(`${header}\n${row("import-one", "")}\n`), status: "PENDING" });
    expect(preview).toMatchObject({ ok: true, imported: null, report: { fresh: 1 } });
    const changed = csvFile(`${header}\n${row("import-one", "")}\n${row("import-two", "")}\n`);
    const before = await counts(source.prisma);
    expect(
      await importOrganizations(moderator, { file: changed, status: "PENDING", previewedHash: reportOf(preview)!.hash }),
    ).toMatchObject({
      ok: false,
      reason: "CHANGED_SINCE_PREVIEW",
    });
    expect(await counts(source.prisma)).toEqual(before);
  });
});

describe("who may import", () => {
  it("refuses a member and a visitor, writing nothing", async () => {
    pointAppAt(source.url);
    const member = await viewerByEmail(source.prisma, "member@demo.example");
    const file = csvFile(
      `${organizationColumns.join(",")}\nimport-member,,,By a member,CIVIL_SOCIETY,PL,Warsaw,,uk,,,false,,52.2,21,false\n`,
    );
    const before = await counts(source.prisma);
    await expect(importOrganizations(member, { file, status: "PUBLISHED" })).rejects.toThrow(NotAllowedError);
    await expect(importOrganizations(null, { file, status: "PUBLISHED" })).rejects.toMatchObject({ reason: "SIGN_IN_REQUIRED" });
    expect(await counts(source.prisma)).toEqual(before);
  });
});
