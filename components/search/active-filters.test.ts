import { describe, expect, it } from "vitest";
import { countActiveFilters, type FilterControl } from "./active-filters";

const box = (checked: boolean, value = "HEATING"): FilterControl => ({ tagName: "INPUT", type: "checkbox", value, checked });

describe("countActiveFilters", () => {
  it("counts ticked boxes, a chosen option and filled fields", () => {
    expect(
      countActiveFilters([
        box(true),
        box(false),
        box(true, "WATER"),
        { tagName: "INPUT", type: "radio", value: "online", checked: true },
        { tagName: "INPUT", type: "number", value: "5000" },
        { tagName: "SELECT", type: "select-one", value: "DE" },
      ]),
    ).toBe(5);
  });

  it("does not count “any”, empty fields, or the hidden inputs that keep the page's view", () => {
    expect(
      countActiveFilters([
        { tagName: "INPUT", type: "radio", value: "", checked: true },
        { tagName: "INPUT", type: "number", value: "  " },
        { tagName: "INPUT", type: "month", value: "" },
        { tagName: "SELECT", type: "select-one", value: "" },
        { tagName: "INPUT", type: "hidden", value: "past" },
        { tagName: "BUTTON", type: "submit", value: "" },
      ]),
    ).toBe(0);
  });
});
