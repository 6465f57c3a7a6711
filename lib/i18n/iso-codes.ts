// The officially assigned codes of ISO 3166-1 alpha-2 (countries and territories) and ISO 639-1
// (languages), written out: Intl.DisplayNames names far more regions than these (continents,
// "EU", "ZZ", CLDR's own "XK"…) and cannot list what it knows, so the pickers and the server
// checks read this list and ask Intl only for the names.

/** Codes written as words: the lists stay short to read (and Prettier leaves a string alone). */
const words = (text: string) => text.trim().split(/\s+/);

export const COUNTRY_CODES: readonly string[] = words(`
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI
  BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN
  CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK
  FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
  HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
  KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
  ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP
  NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
  TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
  VN VU WF WS YE YT ZA ZM ZW
`);

export const LANGUAGE_CODES: readonly string[] = words(`
  aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch
  co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy
  ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
  iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
  lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
  oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
  sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty
  ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
`);

const countryCodes: ReadonlySet<string> = new Set(COUNTRY_CODES);
const languageCodes: ReadonlySet<string> = new Set(LANGUAGE_CODES);
let regionNames: Intl.DisplayNames | undefined;
let languageNames: Intl.DisplayNames | undefined;

/**
 * An assigned ISO 3166-1 alpha-2 code, in capitals, that the runtime can name ("GE" is Georgia;
 * "GERMANY", "ge", "EU" and "ZZ" are not codes). The server refuses anything else, so a name
 * typed where a code belongs is never cut to its first two letters.
 */
export function isCountryCode(value: string): boolean {
  regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  return countryCodes.has(value) && regionNames.of(value) !== undefined;
}

/** An ISO 639-1 code, in small letters, that the runtime can name ("uk", "de"). */
export function isLanguageCode(value: string): boolean {
  languageNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  return languageCodes.has(value) && languageNames.of(value) !== undefined;
}
