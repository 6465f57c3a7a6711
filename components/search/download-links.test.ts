import { describe, expect, it } from "vitest";
import { exportHref } from "./download-links";

describe("exportHref", () => {
  it("carries every filter value and the page's locale to each format", () => {
    const query = { country: ["DE", "PL"], sector: ["EDUCATION_YOUTH"], q: ["Київ & co"] };
    expect(exportHref("organizations", "csv", query, "uk")).toBe(
      "/api/v1/organizations.csv?country=DE&country=PL&sector=EDUCATION_YOUTH&q=%D0%9A%D0%B8%D1%97%D0%B2+%26+co&locale=uk",
    );
    expect(exportHref("communities", "geojson", {}, "en")).toBe("/api/v1/communities.geojson?locale=en");
    expect(exportHref("communities", "json", { oblast: ["UA61000000000060328"] }, "en")).toBe(
      "/api/v1/communities?oblast=UA61000000000060328&locale=en",
    );
  });
});
