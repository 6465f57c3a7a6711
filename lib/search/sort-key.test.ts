import { describe, expect, it } from "vitest";
import { sortKey, sortKeyBytes } from "./sort-key";

const byKey = (names: string[]) => [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

describe("sortKey", () => {
  it("orders Ukrainian names in alphabet order, which code points do not", () => {
    expect(byKey(["Яготинська", "Іршавська", "Ґалаґаївка", "Гоща", "Єнакіївська", "Ємільчинська", "Житомирська", "Їжакевич"])).toEqual(
      ["Ґалаґаївка", "Гоща", "Єнакіївська", "Ємільчинська", "Житомирська", "Іршавська", "Їжакевич", "Яготинська"].sort((a, b) =>
        a.localeCompare(b, "uk"),
      ),
    );
  });

  it("ignores case, accents and quotes", () => {
    expect(sortKey("«Надія»")).toBe(sortKey("надія"));
    expect(sortKey("Éclair")).toBe(sortKey("eclair"));
  });
});

describe("sortKey as PostgreSQL compares it (bytea: UTF-8 bytes)", () => {
  const bytes = (text: string) => Buffer.from(sortKeyBytes(text));
  it("orders the same by bytes as by code units", () => {
    const names = ["Яготинська", "Ґалаґаївка", "Zurich", "Łódź", "Київ", "kyiv", "Ämter", "Гоща", "Bern 2", "Bern"];
    const byBytes = [...names].sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
    expect(byBytes).toEqual(byKey(names));
  });
});
