// The site's own texts, by key, so a walk written once reads the page in any of its languages.
import { readFileSync } from "node:fs";
import path from "node:path";

export const locales = ["uk", "en", "de", "fr", "pl", "it"] as const;
export type Locale = (typeof locales)[number];

type Messages = { [key: string]: string | Messages };
const messages = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Messages]),
) as Record<Locale, Messages>;

function lookup(locale: Locale, key: string): string {
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages[locale]);
  if (typeof value !== "string") throw new Error(`no message ${key} in ${locale}`);
  return value;
}

/** The text under `key` ("nav.map") in `locale`; a missing key or a message with placeholders fails the test at once. */
export function label(locale: Locale, key: string): string {
  const value = lookup(locale, key);
  if (/[{<]/.test(value)) throw new Error(`message ${key} has placeholders; match it another way`);
  return value;
}

/** The words of a message before its first placeholder or tag ("Approved the organisation "), trimmed. */
export function messageStart(locale: Locale, key: string): string {
  return lookup(locale, key).split(/[{<]/)[0]!.trim();
}

/** A message with simple placeholders filled in ("{field} in {language}"); plurals and tags are not for this. */
export function filled(locale: Locale, key: string, values: Record<string, string>): string {
  return lookup(locale, key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
