// Every locale's messages against the English ones (./message-check.ts): a missing key, a
// message that does not parse, a lost placeholder, a missing plural form, or English text left
// in another language fails here, before anyone sees a raw key or a half-translated page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkMessages, flatten, type Messages } from "./message-check";
import { locales } from "./localized-text";

const dir = path.resolve(__dirname, "../../messages");
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as unknown;
const english = read("en.json") as Messages;
const allowed = (locale: string): string[] => {
  try {
    return read(`same-as-english/${locale}.json`) as string[];
  } catch {
    return [];
  }
};

describe("messages", () => {
  it.each(locales)("%s has every English key, parses, keeps placeholders and plural forms, and is translated", (locale) => {
    expect(checkMessages(locale, read(`${locale}.json`) as Messages, english, allowed(locale))).toEqual([]);
  });

  it.each(locales)("%s allow-lists only keys that exist and really equal English", (locale) => {
    const mine = flatten(read(`${locale}.json`) as Messages);
    const theirs = flatten(english);
    expect(allowed(locale).filter((key) => !mine.has(key) || mine.get(key) !== theirs.get(key))).toEqual([]);
  });
});

describe("the check itself", () => {
  const en: Messages = {
    a: { count: "{count, plural, one {# thing} other {# things}}", hello: "Hello, {name}", link: "Read <b>this</b>" },
  };
  it("finds a missing key, a lost placeholder, a lost tag and a missing Polish plural form", () => {
    const pl: Messages = { a: { count: "{count, plural, one {# rzecz} other {# rzeczy}}", hello: "Cześć" } };
    expect(checkMessages("pl", pl, en)).toEqual([
      "a.link: missing",
      'a.count: plural {count} lacks "few" for pl',
      "a.hello: placeholders {} differ from English {name}",
    ]);
  });
  it("finds English left in another language, unless allow-listed, and ignores text that is only placeholders", () => {
    const de: Messages = { a: { count: "{count, plural, one {# Ding} other {# Dinge}}", hello: "Hello, {name}", link: "Lies <b>das</b>" } };
    expect(checkMessages("de", de, en)).toEqual(['a.hello: same as English ("Hello, {name}")']);
    expect(checkMessages("de", de, en, ["a.hello"])).toEqual([]);
    expect(
      checkMessages("de", { a: { ...(de.a as Messages), hello: "{name}" } }, { a: { ...(en.a as Messages), hello: "{name}" } }),
    ).toEqual([]);
  });
  it("finds a message that does not parse", () => {
    expect(checkMessages("fr", { a: { ...(en.a as Messages), hello: "Bonjour {name" } }, en)[0]).toMatch(/^a\.hello: does not parse/);
  });
});
