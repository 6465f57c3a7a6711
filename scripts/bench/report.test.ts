import { describe, expect, it } from "vitest";
import { embeddedHealthRow, lighthouseRows, WHY } from "./report";

describe("the targets table says why where a target is not met", () => {
  it("gives a Lighthouse row per page, with the reason only when the page misses", () => {
    const [fast, slow] = lighthouseRows([
      { path: "/en", performance: 97, accessibility: 100, seo: 100, tbt: 120, lcp: 1800 },
      { path: "/en/map", performance: 81, accessibility: 100, seo: 100, tbt: 708, lcp: 2500 },
    ]);
    expect(fast).toContain("**met**");
    expect(fast).not.toContain(WHY.lighthouse);
    expect(slow).toContain("**not met**");
    expect(slow).toContain("TBT 708 ms");
    expect(slow).toContain(WHY.lighthouse);
  });

  it("names a failed audit rather than blocking time when accessibility or SEO falls short", () => {
    const [row] = lighthouseRows([{ path: "/en/events", performance: 99, accessibility: 96, seo: 100, tbt: 50, lcp: 900 }]);
    expect(row).toContain("**not met**");
    expect(row).toContain("audit failed");
  });

  it("says Lighthouse did not run instead of inventing a figure", () => {
    expect(lighthouseRows([])[0]).toContain("**not measured**");
  });

  it("explains the embedded store's health when it misses", () => {
    const step = {
      label: "bench:embedded",
      code: 0,
      seconds: 10,
      output: "› inline: /api/health p95 188.5 ms\n› worker: /api/health p95 96.5 ms\n",
    };
    const row = embeddedHealthRow(step);
    expect(row).toContain("96.5 ms");
    expect(row).toContain(WHY.embedded);
    expect(embeddedHealthRow({ ...step, output: "› worker: /api/health p95 31.0 ms\n" })).not.toContain(WHY.embedded);
  });
});
