import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { organizationColumns } from "@/lib/export/records";
import { classifyRows, type ExistingOrganization, formatOf, parseImportFile, rowToFormInput, validateRow, websiteKey } from "./import";

const header = organizationColumns.join(",");
const good = {
  slug: "kyiv-friends-berlin",
  url: "http://atlas.test/en/organizations/kyiv-friends-berlin",
  name_uk: "Друзі Києва",
  name_en: "Friends of Kyiv",
  kind: "DIASPORA_ASSOCIATION",
  country: "DE",
  city: "Berlin",
  sectors: "EDUCATION_YOUTH;HEALTHCARE",
  languages: "uk;de",
  website: "https://friends.example",
  founded_year: "2014",
  verified: "false",
  updated_at: "2026-11-20T10:00:00.000Z",
  latitude: "52.52",
  longitude: "-13.405",
  is_demo: "false",
};

const csvFile = (lines: string[]) => new File([[header, ...lines].join("\n") + "\n"], "organizations.csv", { type: "text/csv" });
const csvLine = (cells: Partial<typeof good>) =>
  organizationColumns.map((column) => JSON.stringify({ ...good, ...cells }[column as keyof typeof good] ?? "")).join(",");

describe("validateRow", () => {
  it("takes an exported row as the registration form's input", () => {
    const result = validateRow(good, 2);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        row: 2,
        slug: "kyiv-friends-berlin",
        slugGiven: true,
        nameUk: "Друзі Києва",
        sectors: ["EDUCATION_YOUTH", "HEALTHCARE"],
        languages: ["uk", "de"],
        lat: 52.52,
        lng: -13.405, // a negative number is no formula
        foundedYear: 2014,
        updatedAt: new Date("2026-11-20T10:00:00.000Z"),
      }),
    });
  });

  it.each([
    ["missing name", { name_uk: "", name_en: "" }, "name_uk", "required"],
    ["latitude out of range", { latitude: "123" }, "latitude", "invalid"],
    ["unknown sector", { sectors: "EDUCATION_YOUTH;ROCKETS" }, "sectors", "invalid"],
    ["a 10 kB name", { name_en: "x".repeat(10_000) }, "name_en", "tooLong"],
    ["a formula", { name_en: '=HYPERLINK("http://evil.example","click")' }, "name_en", "formula"],
    ["a formula in a list", { languages: "@SUM(1)" }, "languages", "formula"],
    ["an unknown kind", { kind: "CULT" }, "kind", "required"],
    ["a bad slug", { slug: "Not A Slug" }, "slug", "invalid"],
  ])("refuses %s", (_, cells, column, message) => {
    expect(validateRow({ ...good, ...cells }, 7)).toEqual({ ok: false, errors: [{ row: 7, column, message }] });
  });

  it("takes the export's defused cell back as the text it stands for", () => {
    expect(rowToFormInput({ ...good, name_en: "'-minus club" }).input.nameEn).toBe("-minus club");
  });

  it("places a row without coordinates at its city", () => {
    const result = validateRow({ ...good, latitude: "", longitude: "" }, 2);
    expect(result.ok && result.value.pointGiven).toBe(false);
    expect(result.ok && Math.round(result.value.lat)).toBe(53);
  });
});

describe("parseImportFile", () => {
  it("reports each bad row with its spreadsheet row number, and keeps the good ones", async () => {
    const parsed = await parseImportFile(
      csvFile([csvLine({}), csvLine({ slug: "b", name_en: "", name_uk: "" }), csvLine({ slug: "c", latitude: "-91" })]),
      "csv",
    );
    expect(parsed.total).toBe(3);
    expect(parsed.rows.map((row) => row.row)).toEqual([2]);
    expect(parsed.errors).toEqual([
      { row: 3, column: "name_uk", message: "required" },
      { row: 4, column: "latitude", message: "invalid" },
    ]);
    expect(parsed.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads the same rows from JSON and from the GeoJSON export", async () => {
    const json = new File([JSON.stringify([{ ...good, sectors: ["EDUCATION_YOUTH", "HEALTHCARE"], founded_year: 2014 }])], "o.json");
    const { latitude, longitude, ...properties } = good;
    const geojson = new File(
      [
        JSON.stringify({
          type: "FeatureCollection",
          features: [{ geometry: { coordinates: [Number(longitude), Number(latitude)] }, properties }],
        }),
      ],
      "o.geojson",
    );
    const fromCsv = (await parseImportFile(csvFile([csvLine({})]), "csv")).rows[0]!;
    for (const file of [json, geojson]) {
      const parsed = await parseImportFile(file, formatOf(file.name));
      expect(parsed.errors).toEqual([]);
      expect({ ...parsed.rows[0], row: 2 }).toEqual(fromCsv);
    }
  });

  it("names missing columns and unreadable files", async () => {
    expect((await parseImportFile(new File(["a,b\n1,2\n"], "x.csv"), "csv")).errors.map((e) => e.column)).toEqual([
      "kind",
      "country",
      "city",
      "name_en",
    ]);
    expect((await parseImportFile(new File(['{"x":'], "x.json"), "json")).errors).toEqual([{ row: 0, column: "", message: "unreadable" }]);
    expect((await parseImportFile(new File([`${header}\n"a,b\n`], "x.csv"), "csv")).errors).toEqual([
      { row: 2, column: "", message: "unreadable" },
    ]);
  });

  it("validates 50,000 rows keeping memory bounded", async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) =>
      csvLine({ slug: `org-${i}`, name_en: `Organisation ${i}`, name_uk: `Організація ${i}`, website: `https://o${i}.example` }),
    );
    const file = csvFile(lines);
    lines.length = 0;
    // A collection before each reading, so the numbers are what is kept, not garbage waiting.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const parsed = await parseImportFile(file, "csv");
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(parsed.rows).toHaveLength(50_000);
    expect(parsed.errors).toEqual([]);
    // What stays is the compact rows (~1 KB each at most), not the file's text nor the parser's state.
    expect(grown).toBeLessThan(80 * 1024 * 1024);
    expect(classifyRows(parsed.rows, []).fresh).toHaveLength(50_000);
  }, 60_000);
});

describe("classifyRows", () => {
  const row = (cells: Partial<typeof good>, n = 2) => {
    const result = validateRow({ ...good, ...cells }, n);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  const existing = (over: Partial<ExistingOrganization> = {}): ExistingOrganization => ({
    slug: good.slug,
    name: { uk: good.name_uk, en: good.name_en },
    kind: "DIASPORA_ASSOCIATION",
    country: "DE",
    city: "Berlin",
    publicLat: 52.52,
    publicLng: -13.405,
    website: good.website,
    sectors: ["EDUCATION_YOUTH", "HEALTHCARE"],
    languages: ["uk", "de"],
    foundedYear: 2014,
    isVerified: false,
    isDemo: false,
    ...over,
  });

  it("skips a row the database already holds unchanged (re-import), and flags one that differs", () => {
    expect(classifyRows([row({})], [existing()])).toEqual({ fresh: [], unchanged: 1, duplicates: [] });
    expect(classifyRows([row({})], [existing({ city: "Munich" })]).duplicates).toEqual([{ row: 2, by: "slug", ofSlug: good.slug }]);
  });

  it("finds duplicates by website and by name and city, in the file and in the database", () => {
    const rows = [
      row({}, 2),
      row({ slug: "other", name_en: "Other", name_uk: "Інша", website: "http://www.FRIENDS.example/" }, 3),
      row({ slug: "third", website: "" }, 4),
    ];
    expect(classifyRows(rows, []).duplicates).toEqual([
      { row: 3, by: "website", ofRow: 2 },
      { row: 4, by: "nameCity", ofRow: 2 },
    ]);
    expect(classifyRows([row({ slug: "new-slug" })], [existing()]).duplicates).toEqual([{ row: 2, by: "website", ofSlug: good.slug }]);
    expect(websiteKey("https://www.x.org/")).toBe(websiteKey("http://x.org"));
  });

  it("gives a row without a slug a free one made from its name", () => {
    const { fresh } = classifyRows(
      [row({ slug: "", website: "" })],
      [existing({ slug: "friends-of-kyiv", name: { en: "Else" }, website: null })],
    );
    expect(fresh.map((r) => r.slug)).toEqual(["friends-of-kyiv-2"]);
  });
});
