// A sort key for names, so PostgreSQL sorts results by name with a plain indexed ORDER BY that
// gives the same order on every server and in the embedded PGlite (which has no ICU
// collations). Ukrainian letters get code points in alphabet order (а б в г ґ д е є ж з и і ї й …),
// which Unicode's own order breaks for ґ є і ї. The database keeps the key's UTF-8 bytes
// (bytea), compared as bytes, which for UTF-8 is code point order: no locale's rules for
// punctuation or case apply. (Until migration 20261202140000 the key was hex text, four bytes
// a letter.)
// Long enough for "Громадська організація «Світло для України» (Мілан)" to differ from its siblings.
const MAX_CHARS = 80;
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
  return [...key.trim()].slice(0, MAX_CHARS).join("");
}

/** The key as the database stores it (bytea). */
export function sortKeyBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(sortKey(text));
}
