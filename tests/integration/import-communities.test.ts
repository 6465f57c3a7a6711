// A moderator's bulk update of community profiles by KATOTTG code (issue 20) on real PostgreSQL:
// a valid file updates only the profile fields, in one transaction with one audit entry; a file
// with bad rows reports each and writes nothing; re-importing changes nothing; members are refused.
import { describe, expect, it, vi } from "vitest";
import { NotAllowedError } from "@/lib/auth/policy";
import { communityImportColumns } from "@/lib/community/import";
import { type ImportCommunitiesResult, importCommunityProfiles } from "@/lib/community/mutations";
import { fileDatabase } from "./support/file-database";
import { DEMO_EMAILS, viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const database = fileDatabase({ demo: true });

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** A CSV of whole rows: every column, empty unless given. */
const csvFile = (rows: Record<string, string>[]) =>
  new File(
    [
      [
        communityImportColumns.join(","),
        ...rows.map((row) => communityImportColumns.map((column) => quote(row[column] ?? "")).join(",")),
      ].join("\n"),
    ],
    "communities.csv",
    { type: "text/csv" },
  );
const reportOf = (result: ImportCommunitiesResult) => ("report" in result ? result.report : undefined);

/** Preview, then confirm the previewed file, as the page does. */
async function previewAndImport(email: string, file: File) {
  const viewer = await viewerByEmail(database.prisma, email);
  const preview = await importCommunityProfiles(viewer, { file });
  if (!preview.ok) return preview;
  return importCommunityProfiles(viewer, { file, previewedHash: reportOf(preview)!.hash });
}

const officialSelect = { katottg: true, name: true, oblastCode: true, population: true, updatedAt: true } as const;
const snapshot = async () => ({
  communities: await database.prisma.community.findMany({ orderBy: { katottg: "asc" } }),
  audit: await database.prisma.auditLog.count(),
});

async function twoCommunities() {
  // One with a profile its officials wrote (the demo's), one without: both are updated.
  const withProfile = await database.prisma.community.findFirstOrThrow({ where: { hasProfile: true }, select: officialSelect });
  const without = await database.prisma.community.findFirstOrThrow({ where: { hasProfile: false }, select: officialSelect });
  return [withProfile, without];
}

const profileRows = (codes: string[]): Record<string, string>[] => [
  {
    katottg: codes[0]!,
    description_en: "A town on the river, with a new library.",
    description_uk: "Місто на річці з новою бібліотекою.",
    cooperation_goals: "RECOVERY;CIVIL_SOCIETY",
    languages: "uk, en",
    website: "https://town.example.org/",
    preferred_countries: "PL;DE",
    preferred_population_min: "1000",
    preferred_population_max: "50 000",
  },
  {
    katottg: codes[1]!,
    offer_en: 'Land for a school garden, "quoted", with commas',
    email: "office@village.example.org",
    phone: "+380 44 123-45-67",
  },
];

describe("importing community profiles", () => {
  let importedCodes: string[] = [];

  it("updates the profile fields of two communities, never their official data, with one audit row", async () => {
    const communities = await twoCommunities();
    importedCodes = communities.map((community) => community.katottg);
    const before = await snapshot();
    const result = await previewAndImport(DEMO_EMAILS.moderator, csvFile(profileRows(importedCodes)));
    expect(reportOf(result)?.errors).toEqual([]);
    expect(result).toMatchObject({ ok: true, imported: 2, report: { total: 2, valid: 2, fresh: 2, unchanged: 0, errorCount: 0 } });

    const [first, second] = await Promise.all(
      communities.map((community) => database.prisma.community.findUniqueOrThrow({ where: { katottg: community.katottg } })),
    );
    expect(first).toMatchObject({
      description: { uk: "Місто на річці з новою бібліотекою.", en: "A town on the river, with a new library." },
      cooperationGoals: ["RECOVERY", "CIVIL_SOCIETY"],
      languages: ["uk", "en"],
      website: "https://town.example.org/",
      preferredCountries: ["PL", "DE"],
      preferredPopulationMin: 1000,
      preferredPopulationMax: 50000,
      hasProfile: true,
    });
    expect(second).toMatchObject({
      offer: { en: 'Land for a school garden, "quoted", with commas' },
      email: "office@village.example.org",
      phone: "+380 44 123-45-67",
      hasProfile: true,
    });
    for (const [index, community] of communities.entries()) {
      const after = [first, second][index]!;
      expect({ name: after.name, oblastCode: after.oblastCode, population: after.population }).toEqual({
        name: community.name,
        oblastCode: community.oblastCode,
        population: community.population,
      });
    }
    const audit = await database.prisma.auditLog.findMany({ where: { action: "community.imported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetType: "COMMUNITY", after: { updated: 2, unchanged: 0 } });
    expect((await snapshot()).audit).toBe(before.audit + 1);
  });

  it("re-importing the same file writes nothing", async () => {
    // The first test's file again (the tests of a file run in order).
    const before = await snapshot();
    const result = await previewAndImport(DEMO_EMAILS.moderator, csvFile(profileRows(importedCodes)));
    expect(result).toMatchObject({ ok: true, imported: 0, report: { fresh: 0, unchanged: 2, errorCount: 0 } });
    expect(await snapshot()).toEqual(before);
  });

  it("imports nothing from a file with an unknown code and a bad field, and reports both rows", async () => {
    const [community] = await twoCommunities();
    const before = await snapshot();
    const file = csvFile([
      { katottg: community!.katottg, description_en: "Would be written if the file were valid" },
      { katottg: "UA99999999999999999", description_en: "Nowhere" },
      { katottg: community!.katottg, website: "javascript:alert(1)" },
    ]);
    const preview = await importCommunityProfiles(await viewerByEmail(database.prisma, DEMO_EMAILS.moderator), { file });
    expect(preview).toMatchObject({ ok: false, reason: "INVALID", report: { total: 3, errorCount: 2 } });
    expect(reportOf(preview)!.errors).toEqual([
      { row: 3, column: "katottg", message: "unknownCode" },
      { row: 4, column: "website", message: "invalidUrl" },
    ]);
    const confirmed = await importCommunityProfiles(await viewerByEmail(database.prisma, DEMO_EMAILS.moderator), {
      file,
      previewedHash: reportOf(preview)!.hash,
    });
    expect(confirmed).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a member and a visitor, writing nothing", async () => {
    const [community] = await twoCommunities();
    const file = csvFile([{ katottg: community!.katottg, description_en: "By a member" }]);
    const before = await snapshot();
    await expect(importCommunityProfiles(await viewerByEmail(database.prisma, DEMO_EMAILS.member), { file })).rejects.toThrow(
      NotAllowedError,
    );
    await expect(importCommunityProfiles(null, { file })).rejects.toMatchObject({ reason: "SIGN_IN_REQUIRED" });
    expect(await snapshot()).toEqual(before);
  });
});
