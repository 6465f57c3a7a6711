// Checks one locale's messages against the English ones: the same keys, messages that parse as
// ICU, the same placeholders and tags, plural forms the language needs, and no text left in
// English except names on the allow-list (messages/same-as-english/<locale>.json). Used by
// lib/i18n/messages.test.ts and by `npx tsx scripts/i18n/check-messages.mts <locale>` while
// translating.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type Messages = { [key: string]: string | Messages };

/** Every leaf as "namespace.key.sub" → text. */
export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [sub, text] of flatten(value, path)) out.set(sub, text);
  }
  return out;
}

/** The arguments, plural/select branches and tags a message uses, as comparable strings. */
function shape(elements: MessageFormatElement[], out: { args: Set<string>; tags: Set<string> }) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      out.args.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.args.add(element.value);
      for (const option of Object.values(element.options)) shape(option.value, out);
    } else if (element.type === TYPE.tag) {
      out.tags.add(element.value);
      shape(element.children, out);
    }
  }
  return out;
}

function pluralProblems(elements: MessageFormatElement[], locale: string, key: string): string[] {
  const needed = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const problems: string[] = [];
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.plural && element.pluralType !== "ordinal") {
        const given = Object.keys(element.options);
        if (!given.includes("other")) problems.push(`${key}: plural {${element.value}} has no "other"`);
        // "=0" style exact matches are extra. "one" and "few" must be there where the language
        // has them (Ukrainian and Polish "few"); a missing "many" falls back to "other", which
        // for whole numbers is the form those languages write there anyway.
        for (const category of ["one", "few"]) {
          if (needed.has(category as Intl.LDMLPluralRule) && !given.includes(category))
            problems.push(`${key}: plural {${element.value}} lacks "${category}" for ${locale}`);
        }
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(elements);
  return problems;
}

/** Letters outside placeholders: "{min} – {max}" is the same in every language and needs no translating. */
function hasWords(text: string): boolean {
  let outside = text;
  for (let before = ""; before !== outside;) [before, outside] = [outside, outside.replace(/\{[^{}]*\}/g, "")];
  return /\p{L}{2}/u.test(outside);
}

const sorted = (set: Set<string>) => [...set].sort().join(",");

/**
 * What is wrong with `locale`'s messages. `sameAsEnglish` lists keys whose value may equal the
 * English one (names, acronyms, codes); English itself is not checked for that.
 */
export function checkMessages(locale: string, messages: Messages, english: Messages, sameAsEnglish: readonly string[] = []): string[] {
  const problems: string[] = [];
  const mine = flatten(messages);
  const theirs = flatten(english);
  const allowed = new Set(sameAsEnglish);
  for (const key of theirs.keys()) if (!mine.has(key)) problems.push(`${key}: missing`);
  for (const key of mine.keys()) if (!theirs.has(key)) problems.push(`${key}: not in English`);
  for (const [key, text] of mine) {
    const source = theirs.get(key);
    if (source === undefined) continue;
    if (!text.trim()) {
      problems.push(`${key}: empty`);
      continue;
    }
    let parsed: MessageFormatElement[];
    try {
      parsed = parse(text);
    } catch (error) {
      problems.push(`${key}: does not parse (${(error as Error).message})`);
      continue;
    }
    const a = shape(parsed, { args: new Set(), tags: new Set() });
    const b = shape(parse(source), { args: new Set(), tags: new Set() });
    if (sorted(a.args) !== sorted(b.args))
      problems.push(`${key}: placeholders {${sorted(a.args)}} differ from English {${sorted(b.args)}}`);
    if (sorted(a.tags) !== sorted(b.tags)) problems.push(`${key}: tags <${sorted(a.tags)}> differ from English <${sorted(b.tags)}>`);
    problems.push(...pluralProblems(parsed, locale, key));
    if (locale !== "en" && text === source && !allowed.has(key) && hasWords(text))
      problems.push(`${key}: same as English ("${text.slice(0, 60)}")`);
  }
  return problems;
}
