import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { codeWords, listingDetailText } from "./queue-words";

/** The labeller the pages build from next-intl, read straight from the messages. */
const labeller = (messages: Record<string, unknown>) => (vocabulary: string, value: string) =>
  (messages[vocabulary] as Record<string, string>)[value] ?? `${vocabulary}.${value}`;
const day = (date: Date) => date.toISOString().slice(0, 10);

describe("the words of a moderation queue", () => {
  it("names an organisation's kind, city and country in the reader's language, never their codes", () => {
    const detail = { organizationKind: "DIASPORA_ASSOCIATION", city: "Leipzig", country: "DE" } as const;
    const english = listingDetailText(detail, "en", labeller(en), day);
    const ukrainian = listingDetailText(detail, "uk", labeller(uk), day);
    expect(english).toBe(`${en.organizationKind.DIASPORA_ASSOCIATION} · Leipzig, Germany`);
    expect(ukrainian).toMatch(new RegExp(`^${uk.organizationKind.DIASPORA_ASSOCIATION} · .+, Німеччина$`));
    for (const text of [english, ukrainian]) expect(text).not.toMatch(/DIASPORA_ASSOCIATION|, DE$/);
  });

  it("names a need's sector, a partnership's form and an event's day", () => {
    expect(listingDetailText({ sector: "HEATING" } as const, "uk", labeller(uk), day)).toBe(uk.sector.HEATING);
    expect(listingDetailText({ partnershipForm: "MEMORANDUM" } as const, "en", labeller(en), day)).toBe(en.partnershipForm.MEMORANDUM);
    expect(listingDetailText({ startsAt: new Date("2027-03-28T10:00:00Z") }, "en", labeller(en), day)).toBe("2027-03-28");
  });

  it("writes an edit's codes as names, by field, and leaves other values alone", () => {
    expect(codeWords("sectors", ["HOUSING", "HEATING"], "en", labeller(en))).toBe(`${en.sector.HOUSING}, ${en.sector.HEATING}`);
    expect(codeWords("operatingCountries", ["DE", "PL"], "uk", labeller(uk))).toBe("Німеччина, Польща");
    expect(codeWords("languages", "uk, en", "en", labeller(en))).toBe("Ukrainian, English");
    expect(codeWords("type", "NETWORKING", "en", labeller(en))).toBe(en.eventType.NETWORKING);
    expect(codeWords("descriptionEn", "A text", "en", labeller(en))).toBeNull();
    expect(codeWords("budgetMinMinor", "2500000", "en", labeller(en))).toBeNull();
  });
});
