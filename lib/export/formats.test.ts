import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvPieces, defuseFormula, geojsonPieces, spreadsheetCsvPieces, textStream, toFeature, type CellLabels } from "./formats";
import type { ExportRecord } from "./records";

async function* chunksOf(...chunks: ExportRecord[][]) {
  for (const chunk of chunks) yield chunk;
}

async function collect(pieces: AsyncIterable<string>): Promise<string> {
  return new Response(textStream(pieces, 16)).text();
}

const record = (slug: string, extra: Partial<ExportRecord> = {}): ExportRecord => ({
  slug,
  name: `Name ${slug}`,
  tags: ["A", "B"],
  flag: true,
  empty: null,
  latitude: 50.45,
  longitude: 30.52,
  ...extra,
});
const columns = ["slug", "name", "tags", "flag", "empty", "latitude", "longitude"];

describe("CSV", () => {
  it("writes a header, then every chunk's rows, and parses back to the same cells", async () => {
    const csv = await collect(
      csvPieces(chunksOf([record("a"), record("b")], [], [record("c", { name: 'Quote " and, comma\nnewline' })]), columns),
    );
    expect(csv.startsWith("slug,name,tags,flag,empty,latitude,longitude\n")).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff); // no BOM
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.slug)).toEqual(["a", "b", "c"]);
    expect(rows[0]).toEqual({ slug: "a", name: "Name a", tags: "A;B", flag: "true", empty: "", latitude: "50.45", longitude: "30.52" });
    expect(rows[2]!.name).toBe('Quote " and, comma\nnewline');
  });

  it("writes the header alone when nothing matches", async () => {
    expect(await collect(csvPieces(chunksOf(), columns))).toBe(`${columns.join(",")}\n`);
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", async () => {
    expect(defuseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(defuseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(defuseFormula("Kyiv")).toBe("Kyiv");
    const csv = await collect(csvPieces(chunksOf([record("a", { name: "+1 Club", longitude: -3.7 })]), columns));
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row!.name).toBe("'+1 Club");
    expect(row!.longitude).toBe("-3.7");
  });
});

describe("GeoJSON", () => {
  it("is a FeatureCollection with [longitude, latitude] points and the other columns as properties", async () => {
    const text = await collect(geojsonPieces(chunksOf([record("a")], [record("b", { latitude: -10, longitude: 120 })])));
    const body = JSON.parse(text) as { type: string; features: ReturnType<typeof toFeature>[] };
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.map((f) => f.id)).toEqual(["a", "b"]);
    expect(body.features[0]!.geometry).toEqual({ type: "Point", coordinates: [30.52, 50.45] });
    expect(body.features[1]!.geometry.coordinates).toEqual([120, -10]);
    expect(body.features[0]!.properties).toEqual({ slug: "a", name: "Name a", tags: ["A", "B"], flag: true, empty: null });
  });

  it("is valid with no features", async () => {
    expect(JSON.parse(await collect(geojsonPieces(chunksOf())))).toEqual({ type: "FeatureCollection", features: [] });
  });
});

describe("textStream", () => {
  it("stops pulling the source when the reader cancels", async () => {
    let produced = 0;
    let finished = false;
    async function* endless() {
      try {
        for (;;) {
          produced++;
          yield "x".repeat(10);
        }
      } finally {
        finished = true;
      }
    }
    const reader = textStream(endless(), 16).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
    expect(produced).toBeLessThan(10);
  });
});

describe("the CSV for spreadsheets", () => {
  async function text(labels: CellLabels, delimiter: "," | ";") {
    async function* one() {
      yield [{ slug: "kyiv-friends", kind: "CIVIL_SOCIETY", sectors: ["HEATING", "EDUCATION_YOUTH"], name: "=1+1", verified: true }];
    }
    let out = "";
    for await (const piece of spreadsheetCsvPieces(one(), ["slug", "kind", "sectors", "name", "verified"], labels, delimiter)) out += piece;
    return out;
  }

  it("starts with a byte-order mark, so Excel reads Cyrillic as UTF-8", async () => {
    expect((await text({}, ",")).charCodeAt(0)).toBe(0xfeff);
  });

  it("writes words instead of codes, lists joined by '; ', with the language's separator, formulas still defused", async () => {
    const words: Record<string, string> = {
      CIVIL_SOCIETY: "Громадська організація",
      HEATING: "Теплопостачання",
      EDUCATION_YOUTH: "Освіта та молодь",
    };
    const csv = await text({ kind: (code) => words[code]!, sectors: (code) => words[code]! }, ";");
    expect(csv.slice(1).split("\n")[0]).toBe("slug;kind;sectors;name;verified");
    expect(csv.split("\n")[1]).toBe(`kyiv-friends;Громадська організація;"Теплопостачання; Освіта та молодь";'=1+1;true`);
  });
});
