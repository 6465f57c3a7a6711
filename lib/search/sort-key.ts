// A sort key for names, so PostgreSQL sorts results by name with a plain indexed ORDER BY that
// gives the same order on every server and in the embedded PGlite (which has no ICU
// collations). Ukrainian letters get code points in alphabet order (а б в г ґ д е є ж з и і ї й …),
// which Unicode's own order breaks for ґ є і ї. The key is written as fixed-width hex, so any
// database collation orders it exactly as bytes (no punctuation or case for a locale to ignore).
const MAX_CHARS = 40;
const ukrainianAlphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
const ukrainianRank = new Map([...ukrainianAlphabet].map((letter, index) => [letter, index]));

export function sortKey(text: string): string {
  let key = "";
  // Quotes and punctuation don't count: «Надія» sorts under Н.
  for (const char of text.normalize("NFC").toLowerCase()) {
    const rank = ukrainianRank.get(char);
    if (rank !== undefined) key += String.fromCharCode(0x400 + rank);
    else if (/[\p{L}\p{N}]/u.test(char)) key += char.normalize("NFD").replace(/\p{M}/gu, "") || char;
    else if (/\s/.test(char) && key && !key.endsWith(" ")) key += " ";
  }
  return [...key.trim()]
    .slice(0, MAX_CHARS)
    .map((char) => Math.min(char.codePointAt(0)!, 0xffff).toString(16).padStart(4, "0"))
    .join("");
}
