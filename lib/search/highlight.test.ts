import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { highlight } from "./highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("highlight", () => {
  it("marks Cyrillic words a Latin query matched, and prefixes", () => {
    expect(marked("Київська спільнота в Торонто", ["kyiv"])).toEqual(["Київська"]);
    expect(marked("Бережанська міська громада", ["berezh"])).toEqual(["Бережанська"]);
    expect(marked("Friends of Kyiv, Toronto", ["kyiv", "toronto"])).toEqual(["Kyiv", "Toronto"]);
  });

  it("marks nothing without terms, and keeps apostrophes inside words", () => {
    expect(highlight("Знам'янка", [])).toEqual([{ text: "Знам'янка", match: false }]);
    expect(marked("Знам'янська громада", ["znamianska"])).toEqual(["Знам'янська"]);
  });

  it("never loses or reorders text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }), (text, terms) => {
        expect(
          highlight(text, terms)
            .map((p) => p.text)
            .join(""),
        ).toBe(text);
      }),
    );
  });
});
