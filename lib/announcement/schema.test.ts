// The announcement form's rules, as the create and edit actions apply them to FormData.
import { describe, expect, it } from "vitest";
import { announcementFormSchema } from "./schema";

function parse(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  const result = announcementFormSchema.safeParse(data);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message])) };
}

describe("announcementFormSchema", () => {
  it("accepts one language alone, trims, and leaves the other out", () => {
    const result = parse({ titleUk: "  Збір на автобус  ", bodyUk: "Текст", titleEn: "", bodyEn: "" });
    expect(result).toEqual({
      ok: true,
      data: { titleUk: "Збір на автобус", bodyUk: "Текст", titleEn: undefined, bodyEn: undefined, sectors: [] },
    });
  });

  it("asks for a title and a body in at least one language", () => {
    expect(parse({})).toMatchObject({ ok: false, errors: { titleUk: "required", bodyUk: "required" } });
    expect(parse({ titleEn: "   ", bodyEn: "   " })).toMatchObject({ ok: false, errors: { titleUk: "required", bodyUk: "required" } });
    // A body in English and a title in Ukrainian is fine: each falls back to the other on the page.
    expect(parse({ titleUk: "Назва", bodyEn: "Body" }).ok).toBe(true);
  });

  it("takes the title and the body in any of the languages, no title a stub", () => {
    expect(parse({ titleDe: "Spendenaktion", bodyFr: "Texte" })).toMatchObject({
      ok: true,
      data: { titleDe: "Spendenaktion", bodyFr: "Texte" },
    });
    expect(parse({ titleEn: "Fundraiser", titleIt: "Ok", bodyEn: "x" })).toMatchObject({ ok: false, errors: { titleIt: "tooShort" } });
    expect(parse({ titlePl: "x".repeat(201), bodyPl: "x" })).toMatchObject({ ok: false, errors: { titlePl: "tooLong" } });
  });

  it("takes titles of 3 to 200 characters and bodies up to 20,000", () => {
    expect(parse({ titleEn: "Hi", bodyEn: "x" })).toMatchObject({ ok: false, errors: { titleEn: "tooShort" } });
    expect(parse({ titleEn: "Hey", titleUk: "Ой", bodyEn: "x" })).toMatchObject({ ok: false, errors: { titleUk: "tooShort" } });
    expect(parse({ titleEn: "Hey", bodyEn: "x" }).ok).toBe(true);
    expect(parse({ titleEn: "x".repeat(200), bodyEn: "x".repeat(20_000) }).ok).toBe(true);
    expect(parse({ titleEn: "x".repeat(201), bodyEn: "x" })).toMatchObject({ ok: false, errors: { titleEn: "tooLong" } });
    expect(parse({ titleEn: "Hey", bodyUk: "x".repeat(20_001) })).toMatchObject({ ok: false, errors: { bodyUk: "tooLong" } });
  });

  it("keeps the Markdown exactly as typed, HTML included (it is made safe when shown)", () => {
    const body = "Line one  \n<script>alert(1)</script>\n\n- item";
    expect(parse({ titleEn: "Hey", bodyEn: body })).toMatchObject({ ok: true, data: { bodyEn: body } });
  });

  it("takes known sectors once each, refuses unknown ones on the field", () => {
    expect(parse({ titleEn: "Hey", bodyEn: "x", sectors: ["HEATING", "HEATING", "HOUSING"] })).toMatchObject({
      ok: true,
      data: { sectors: ["HEATING", "HOUSING"] },
    });
    expect(parse({ titleEn: "Hey", bodyEn: "x", sectors: ["HEATING", "PARTY"] })).toMatchObject({
      ok: false,
      errors: { sectors: "invalid" },
    });
    expect(parse({ titleEn: "Hey", bodyEn: "x", sectors: Array.from({ length: 21 }, () => "HEATING") })).toMatchObject({
      ok: false,
      errors: { sectors: "tooLong" },
    });
  });
});
