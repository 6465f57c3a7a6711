import { describe, expect, it } from "vitest";
import { organizationDocument } from "./documents";

const berlinAssociation = {
  id: "o1",
  slug: "berlin-association",
  kind: "DIASPORA_ASSOCIATION" as const,
  name: { de: "Ukrainischer Verein Łódź-Berlin" },
  mission: { de: "Wir unterstützen Schulen in der Region Ternopil." },
  description: {},
  activities: null,
  country: "DE",
  city: "Berlin",
  sectors: [],
  languages: ["de", "uk"],
  isVerified: false,
  isDemo: false,
  updatedAt: new Date("2026-12-01T00:00:00Z"),
};

describe("organizationDocument", () => {
  it("indexes a listing written only in German, whatever language the words are in", () => {
    const document = organizationDocument(berlinAssociation);
    expect(document.nameWords).toBe("ukrainischer verein lodz berlin");
    expect(document.bodyWords).toContain("schulen");
    expect(document.name).toEqual({ de: "Ukrainischer Verein Łódź-Berlin" });
  });

  it("names the country in all six languages, so 'Deutschland', 'Allemagne', 'Niemcy' and 'Germania' find it", () => {
    const words = organizationDocument(berlinAssociation).bodyWords.split(" ");
    for (const name of ["germany", "nimechchyna", "deutschland", "allemagne", "niemcy", "germania"]) expect(words).toContain(name);
  });
});
