import { describe, expect, it } from "vitest";
import { OrganizationKind, PartnershipForm, Sector } from "@/generated/prisma/enums";
import { oblasts } from "@/lib/geo/places";
import { chartIds, statsCsvColumns, statsCsvRecords, toObservatory, type ObservatoryCounts } from "@/lib/stats/charts";
import { dataDictionary } from "./dictionary";
import { communityColumns, organizationColumns } from "./records";

const dictionary = dataDictionary();
const dataset = (id: string) => dictionary.datasets.find((d) => d.id === id);
const counts = Object.fromEntries(chartIds.map((id) => [id, [{ key: "X", count: 7, costEur: 10 }]])) as ObservatoryCounts;

describe("the data dictionary", () => {
  it("documents every column each writer emits, in the writer's order, in both languages", () => {
    // records.test.ts ties the records' keys to these lists; the stats CSV's keys are checked here.
    const statsKeys = Object.keys(statsCsvRecords(toObservatory(counts).charts)[0] ?? {});
    expect(statsKeys).toEqual([...statsCsvColumns]);
    const written = { organizations: organizationColumns, communities: communityColumns, stats: statsCsvColumns };
    for (const [id, columns] of Object.entries(written)) {
      expect(dataset(id)?.columns.map((column) => column.name)).toEqual([...columns]);
      for (const column of dataset(id)?.columns ?? []) {
        expect(column.description.en, column.name).not.toBe("");
        expect(column.description.uk, column.name).not.toBe("");
        expect(column.description.uk, column.name).not.toBe(column.description.en);
      }
    }
  });

  it("points every coded column at a code list it has", () => {
    const ids = new Set(dictionary.codeLists.map((list) => list.id));
    for (const column of dictionary.datasets.flatMap((d) => d.columns)) if (column.codes) expect(ids).toContain(column.codes);
  });

  it("lists every code of the app's vocabularies with the labels the pages show", () => {
    const codes = (id: string) => dictionary.codeLists.find((list) => list.id === id)?.codes ?? [];
    expect(codes("sector").map((code) => code.code)).toEqual(Object.values(Sector));
    expect(codes("organizationKind").map((code) => code.code)).toEqual(Object.values(OrganizationKind));
    expect(codes("partnershipForm").map((code) => code.code)).toEqual(Object.values(PartnershipForm));
    expect(codes("partnershipStatus").map((code) => code.code)).toEqual(["ACTIVE", "COMPLETED"]);
    expect(codes("oblast")).toHaveLength(oblasts.length);
    expect(codes("organizationKind").find((code) => code.code === "DIASPORA_ASSOCIATION")?.label.en).toBe("Diaspora association");
    expect(codes("chart").map((code) => code.code)).toEqual([...chartIds]);
    for (const list of dictionary.codeLists) {
      for (const code of list.codes) {
        expect(code.label.uk, `${list.id} ${code.code}`).not.toBe("");
        expect(code.label.en, `${list.id} ${code.code}`).not.toBe("");
      }
    }
  });
});
