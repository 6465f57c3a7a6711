// Ukrainian → Latin under the national romanisation (Cabinet of Ministers resolution No. 55,
// 27 Jan 2010), the system of official names and passports. Written by hand: the npm packages
// we found either follow older (1996/ISO 9) systems or miss the word-start rules for є ї й ю я
// and the зг → zgh exception, which this table and its tests cover in thirty lines.

const letters: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  // Russian letters people type into a Ukrainian search box; not part of the 2010 table.
  ы: "y",
  э: "e",
  ё: "io",
  ъ: "",
};

/** At the start of a word these are written ye, yi, y, yu, ya. */
const wordInitial: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya", ё: "yo" };

const apostrophes = /['’ʼ`]/;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

export function transliterate(text: string): string {
  const source = text.normalize("NFC");
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    const lower = char.toLowerCase();
    const isUpper = lower !== char;
    let latin: string | undefined;
    if (lower === "г" && source[i - 1]?.toLowerCase() === "з")
      latin = "gh"; // зг → zgh
    else if (wordInitial[lower] && !isLetter(source[i - 1]) && !apostrophes.test(source[i - 1] ?? "")) latin = wordInitial[lower];
    else latin = letters[lower];
    if (latin === undefined) {
      // Apostrophes between Cyrillic letters are dropped; anything else passes through.
      if (apostrophes.test(char) && /[\u0400-\u04ff]/.test(source[i - 1] ?? "") && /[\u0400-\u04ff]/.test(source[i + 1] ?? "")) continue;
      out += char;
    } else if (isUpper && latin) {
      const nextIsUpper = source[i + 1] !== undefined && source[i + 1] !== source[i + 1]!.toLowerCase();
      out += nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}
