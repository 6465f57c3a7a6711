import { describe, expect, it } from "vitest";
import { placeLine, placeParts, venuePlaceLine } from "./place-line";

describe("venuePlaceLine", () => {
  it("names the town once when the venue repeats it", () => {
    expect(venuePlaceLine({ venue: "Cultural centre, Berlin", city: "Berlin", country: "DE" }, "en")).toBe(
      "Cultural centre, Berlin, Germany",
    );
  });

  it("writes the city and country in the reader's language", () => {
    expect(venuePlaceLine({ venue: "Cultural centre, Berlin", city: "Berlin", country: "DE" }, "uk")).toBe(
      "Cultural centre, Берлін, Німеччина",
    );
    expect(venuePlaceLine({ venue: "Lviv", city: "Lviv", country: "UA" }, "uk")).toBe("Львів, Україна");
  });

  it("drops a venue part that names the country, and works without a venue", () => {
    expect(venuePlaceLine({ venue: "Several sites, Germany", city: "Leipzig", country: "DE" }, "uk")).toBe(
      "Several sites, Лейпциг, Німеччина",
    );
    expect(venuePlaceLine({ venue: null, city: "Toronto", country: "CA" }, "en")).toBe("Toronto, Canada");
    expect(venuePlaceLine({ venue: null, city: null, country: "PL" }, "en")).toBe("Poland");
  });
});

describe("placeLine", () => {
  it("drops empty and repeated pieces, whatever their case or accents", () => {
    expect(placeLine(["Berlin", "berlin", null, "", "Germany"])).toBe("Berlin, Germany");
    expect(placeLine(["Kraków", "Krakow", "Poland"])).toBe("Kraków, Poland");
  });

  it("keeps a piece's language", () => {
    expect(placeParts([{ text: "Тернопільський район", lang: "uk" }, "Ternopil Oblast"])).toEqual([
      { text: "Тернопільський район", lang: "uk" },
      { text: "Ternopil Oblast" },
    ]);
  });
});
