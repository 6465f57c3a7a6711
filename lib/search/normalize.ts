// One text space for search: Ukrainian is romanised (2010 system), accents and case are dropped,
// and older or foreign spellings of Ukrainian places become the official one. Documents and
// queries pass through the same function, so "Київ", "Kyiv", "Kiev" and "Kijów" meet as "kyiv".
import { transliterate } from "./transliterate";

/**
 * Exonyms and pre-2010 spellings (Russian-based, Polish, German) → the official romanisation.
 * Keys are already accent-free and lower-case, as normalizeWord produces them.
 */
const spellings: Record<string, string> = {
  kiev: "kyiv",
  kiew: "kyiv",
  kijow: "kyiv",
  kijiw: "kyiv",
  kyjiw: "kyiv",
  kyjiv: "kyiv",
  kiyv: "kyiv",
  kyev: "kyiv",
  lvov: "lviv",
  lwow: "lviv",
  lemberg: "lviv",
  lwiw: "lviv",
  lviw: "lviv",
  kharkov: "kharkiv",
  charkow: "kharkiv",
  charkiw: "kharkiv",
  kharkow: "kharkiv",
  odessa: "odesa",
  odessy: "odesa",
  nikolaev: "mykolaiv",
  nikolayev: "mykolaiv",
  mykolayiv: "mykolaiv",
  zaporozhye: "zaporizhzhia",
  zaporozhe: "zaporizhzhia",
  zaporizhia: "zaporizhzhia",
  saporischschja: "zaporizhzhia",
  dnepr: "dnipro",
  dnepropetrovsk: "dnipro",
  chernigov: "chernihiv",
  tschernihiw: "chernihiv",
  rovno: "rivne",
  ternopol: "ternopil",
  tarnopol: "ternopil",
  vinnitsa: "vinnytsia",
  winnyzja: "vinnytsia",
  vinnytsya: "vinnytsia",
  zhitomir: "zhytomyr",
  schytomyr: "zhytomyr",
  lugansk: "luhansk",
  luhansk: "luhansk",
  cherkassy: "cherkasy",
  tscherkassy: "cherkasy",
  kirovograd: "kropyvnytskyi",
  kropyvnytskyy: "kropyvnytskyi",
  chernovtsy: "chernivtsi",
  czerniowce: "chernivtsi",
  czernowitz: "chernivtsi",
  uzhgorod: "uzhhorod",
  ungvar: "uzhhorod",
  khmelnitsky: "khmelnytskyi",
  khmelnytskyy: "khmelnytskyi",
  khmelnitskiy: "khmelnytskyi",
  lutsk: "lutsk",
  luck: "lutsk",
  poltava: "poltava",
  sumy: "sumy",
  kherson: "kherson",
  donetsk: "donetsk",
  ivano: "ivano",
  stanislav: "ivano",
  stanislawow: "ivano",
  bila: "bila",
  belaya: "bila",
  tserkov: "tserkva",
  kremenchug: "kremenchuk",
  krivoy: "kryvyi",
  krivoi: "kryvyi",
  rog: "rih",
  mariupol: "mariupol",
  berdyansk: "berdiansk",
  melitopol: "melitopol",
  przemysl: "przemysl",
  berezhany: "berezhany",
  brzezany: "berezhany",
};

/**
 * Latin letters that carry no separable mark, so NFD leaves them whole: Polish ł, German ß,
 * and their Nordic and French cousins. Folded so "Lodz" finds "Łódź" and "Strasse" "Straße".
 */
const unmarked: Record<string, string> = { ł: "l", ß: "ss", đ: "d", ø: "o", æ: "ae", œ: "oe", ı: "i", ŀ: "l" };
const unmarkedLetters = new RegExp(`[${Object.keys(unmarked).join("")}]`, "g");

function plainLatin(text: string): string {
  // Romanise before stripping marks (й and ї decompose into и/і + a mark under NFD), and once
  // more after, for Cyrillic letters of other languages that stripping turns into Ukrainian ones.
  const stripped = transliterate(text.normalize("NFC")).normalize("NFD").replace(/\p{M}/gu, "");
  return transliterate(stripped)
    .toLowerCase()
    .replace(unmarkedLetters, (letter) => unmarked[letter]!);
}

/** Words of `text` in the search space: romanised, accent-free, lower-case, official spellings. */
export function searchWords(text: string): string[] {
  return plainLatin(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => spellings[word] ?? word);
}

export function normalizeForSearch(text: string): string {
  return searchWords(text).join(" ");
}
