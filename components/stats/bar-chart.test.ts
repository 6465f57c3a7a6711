import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";

const text = { fewerThan5: "fewer than 5", group: "Group", count: "Listings", table: "Table", csv: "CSV", empty: "Nothing" };
const render = (rows: Parameters<typeof BarChart>[0]["rows"]) =>
  renderToStaticMarkup(createElement(BarChart, { title: "By country", rows, text, csvHref: "/api/v1/stats/x.csv", formatNumber: String }));

describe("BarChart", () => {
  it("draws bars to scale, each linking to its group, with the same numbers in the table", () => {
    const html = render([
      { key: "DE", label: "Germany", count: 40, href: "/en/organizations?country=DE" },
      { key: "PL", label: "Poland", count: 10, href: "/en/organizations?country=PL" },
    ]);
    expect(html).toContain('<a href="/en/organizations?country=DE" class="focus:outline-2">');
    // The link's name is its text: the label, then the number after a space.
    expect(html).toMatch(/<a href="\/en\/organizations\?country=DE"[^>]*>.*Germany<\/text>.*> 40<\/text>/);
    expect(html).toMatch(/<rect x="0" y="18" width="336"/); // the largest fills the plot (400 less the number's room)
    expect(html).toMatch(/<rect x="0" y="56" width="84"/); // a quarter of it
    expect(html).toContain('<td class="py-1 pr-4 align-top text-right tabular-nums">10</td>');
    expect(html).toContain('href="/api/v1/stats/x.csv"');
  });

  it("gives a small group no bar, only “fewer than 5”, in the chart and the table", () => {
    const html = render([
      { key: "DE", label: "Germany", count: 40, href: null },
      { key: "IS", label: "Iceland", count: null, href: null },
    ]);
    expect(html.match(/<rect /g)).toHaveLength(1);
    expect(html).toContain('aria-label="Iceland: fewer than 5"');
    expect(html).toContain('<td class="py-1 pr-4 align-top text-right tabular-nums">fewer than 5</td>');
  });

  it("says so when there is nothing to chart", () => {
    expect(render([])).toContain("Nothing");
  });
});
