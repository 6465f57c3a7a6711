import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { collectionNames } from "./endpoints";
import { apiReference } from "./reference";

describe("apiReference", () => {
  const reference = apiReference();

  it("lists every registered collection with its paging parameters", () => {
    expect(reference.map((entry) => entry.name)).toEqual(collectionNames);
    for (const entry of reference) {
      expect(entry.parameters.find((parameter) => parameter.name === "limit")).toEqual({
        name: "limit",
        type: "integer",
        values: [],
        min: 1,
        max: 500,
      });
      expect(entry.parameters.map((parameter) => parameter.name)).toContain("cursor");
    }
  });

  it("reads lists and their vocabularies from the zod schemas", () => {
    const needs = reference.find((entry) => entry.name === "needs")!;
    const urgency = needs.parameters.find((parameter) => parameter.name === "urgency")!;
    expect(urgency.type).toBe("list");
    expect(urgency.values).toContain("CRITICAL");
    expect(needs.example).toMatch(/^\/api\/v1\/needs\?sector=[A-Z_]+&limit=5$/);
    expect(needs.item).toBe("/api/v1/needs/{slug}");
  });

  it("names the downloads only where they exist", () => {
    expect(reference.find((entry) => entry.name === "organizations")!.downloads).toEqual([
      "/api/v1/organizations.csv",
      "/api/v1/organizations.geojson",
    ]);
    expect(reference.find((entry) => entry.name === "polls")!.downloads).toEqual([]);
  });

  it("has a meaning in both languages for every parameter without a closed list of values", () => {
    for (const entry of reference)
      for (const parameter of entry.parameters.filter((parameter) => parameter.values.length === 0)) {
        expect(en.apiDocs.meaning, parameter.name).toHaveProperty(parameter.name);
        expect(uk.apiDocs.meaning, parameter.name).toHaveProperty(parameter.name);
      }
  });
});
