// Official data: every territorial community of the KATOTTG codifier (prisma/data/hromadas.csv,
// sources in prisma/data/README.md) plus Kyiv and Sevastopol, as published Community rows.
// Pure functions only; prisma/seed/index.ts writes the rows.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import type { Prisma } from "../../generated/prisma/client";
import { CombatZone, CommunityType, LocationPrecision, ModerationStatus } from "../../generated/prisma/enums";
import { codifierIdentityColumns } from "../../lib/community/codifier-columns";
import { getOblast } from "../../lib/geo/places";
import { publicPoint } from "../../lib/geo/precision";
import { seedId, slugify } from "./util";

export const HROMADAS_CSV = fileURLToPath(new URL("../data/hromadas.csv", import.meta.url));

export interface HromadaRow {
  katottg: string;
  nameUk: string;
  nameEn: string;
  type: CommunityType;
  oblastCode: string;
  oblastUk: string;
  oblastEn: string;
  raionCode: string;
  raionUk: string;
  raionEn: string;
  centerCode: string;
  centerUk: string;
  centerEn: string;
  shortUk: string;
  shortEn: string;
  altShortUk: string | null;
  altShortEn: string | null;
  lat: number;
  lng: number;
  population: number | null;
  settlementsCount: number;
  isOccupied: boolean;
  isPartlyOccupied: boolean;
  combatZone: CombatZone | null;
}

const columns = [
  ...codifierIdentityColumns,
  "center_uk",
  "lat",
  "lon",
  "population",
  "occupied",
  "occupied_partly",
  "combat_zone",
  "short_uk",
  "short_en",
  "alt_short_uk",
  "alt_short_en",
  "center_en",
  "center_katottg",
  "oblast_katottg",
  "raion_katottg",
  "centroid_lat",
  "centroid_lon",
  "settlements",
] as const;
type CsvRecord = Record<(typeof columns)[number], string>;

const types: Record<string, CommunityType> = {
  urban: CommunityType.URBAN,
  settlement: CommunityType.SETTLEMENT,
  rural: CommunityType.RURAL,
};
const zones: Record<string, CombatZone | null> = { "": null, active: CombatZone.ACTIVE, possible: CombatZone.POSSIBLE };

function bool(value: string, field: string, code: string): boolean {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new Error(`hromadas.csv ${code}: ${field} is "${value}", expected true/false`);
}

function number(value: string, field: string, code: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed)) throw new Error(`hromadas.csv ${code}: ${field} is "${value}", expected a number`);
  return parsed;
}

/** Parses the CSV text; throws on a missing column or a malformed value rather than seeding junk. */
export function parseHromadasCsv(text: string): HromadaRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as CsvRecord[];
  const first = records[0];
  if (!first) throw new Error("hromadas.csv has no rows");
  const missing = columns.filter((c) => !(c in first));
  if (missing.length) throw new Error(`hromadas.csv lacks columns: ${missing.join(", ")}`);
  return records.map((r) => {
    const code = r.katottg;
    if (!/^UA\d{17}$/.test(code)) throw new Error(`hromadas.csv: bad katottg "${code}"`);
    const type = types[r.type];
    if (!type) throw new Error(`hromadas.csv ${code}: unknown type "${r.type}"`);
    const zone = zones[r.combat_zone];
    if (zone === undefined) throw new Error(`hromadas.csv ${code}: unknown combat_zone "${r.combat_zone}"`);
    return {
      katottg: code,
      nameUk: r.name_uk,
      nameEn: r.name_en,
      type,
      oblastCode: r.oblast_katottg,
      oblastUk: r.oblast_uk,
      oblastEn: r.oblast_en,
      raionCode: r.raion_katottg,
      raionUk: r.raion_uk,
      raionEn: r.raion_en,
      centerCode: r.center_katottg,
      centerUk: r.center_uk,
      centerEn: r.center_en,
      shortUk: r.short_uk,
      shortEn: r.short_en,
      altShortUk: r.alt_short_uk || null,
      altShortEn: r.alt_short_en || null,
      lat: number(r.lat, "lat", code),
      lng: number(r.lon, "lon", code),
      population: r.population === "" ? null : number(r.population, "population", code),
      settlementsCount: number(r.settlements, "settlements", code),
      isOccupied: bool(r.occupied, "occupied", code),
      isPartlyOccupied: bool(r.occupied_partly, "occupied_partly", code),
      combatZone: zone,
    };
  });
}

export function readHromadasCsv(file = HROMADAS_CSV): HromadaRow[] {
  return parseHromadasCsv(readFileSync(file, "utf8"));
}

const typeWord: Record<CommunityType, { uk: string; en: string }> = {
  URBAN: { uk: "міська", en: "urban" },
  SETTLEMENT: { uk: "селищна", en: "settlement" },
  RURAL: { uk: "сільська", en: "rural" },
};

/**
 * Kyiv and Sevastopol have special status (category K in the codifier), so they are not hromada
 * rows in the CSV; the app lists them as communities all the same. Coordinates: city-centre
 * points (Kyiv: Maidan Nezalezhnosti; Sevastopol: the city centre), as in lib/geo/data/oblasts.ts.
 */
export const specialCities: HromadaRow[] = [
  {
    katottg: "UA80000000000093317",
    nameUk: "Територіальна громада міста Києва",
    nameEn: "Kyiv city hromada",
    type: CommunityType.URBAN,
    oblastCode: "UA80000000000093317",
    oblastUk: "Київ",
    oblastEn: "Kyiv",
    raionCode: "UA80000000000093317",
    raionUk: "Київ",
    raionEn: "Kyiv",
    centerCode: "UA80000000000093317",
    centerUk: "Київ",
    centerEn: "Kyiv",
    shortUk: "Київ",
    shortEn: "Kyiv",
    altShortUk: null,
    altShortEn: null,
    lat: 50.4501,
    lng: 30.5234,
    // State Statistics Service, "Чисельність наявного населення України на 1 січня 2022 року"
    // (the same book as the CSV's population column): present population of Kyiv, 1 Jan 2022.
    population: 2_952_301,
    settlementsCount: 1,
    isOccupied: false,
    isPartlyOccupied: false,
    combatZone: null,
  },
  {
    katottg: "UA85000000000065278",
    nameUk: "Територіальна громада міста Севастополя",
    nameEn: "Sevastopol city hromada",
    type: CommunityType.URBAN,
    oblastCode: "UA85000000000065278",
    oblastUk: "Севастополь",
    oblastEn: "Sevastopol",
    raionCode: "UA85000000000065278",
    raionUk: "Севастополь",
    raionEn: "Sevastopol",
    centerCode: "UA85000000000065278",
    centerUk: "Севастополь",
    centerEn: "Sevastopol",
    shortUk: "Севастополь",
    shortEn: "Sevastopol",
    altShortUk: null,
    altShortEn: null,
    lat: 44.61665,
    lng: 33.52536,
    // Occupied since 2014: the Statistics Service publishes no figure, like for Crimea's rows.
    population: null,
    // The city's villages are not counted here; the codifier is not loaded below row level.
    settlementsCount: 1,
    isOccupied: true,
    isPartlyOccupied: false,
    combatZone: null,
  },
];

/**
 * Stable, readable, unique slugs: "<short_en>-<type>" (berezhanska-urban); where several rows
 * share it, the oblast is added (mykolaivska-rural-odeska), then the raion, then the code.
 * Depends on the whole set, so it is computed once over all rows; a row keeps its slug in the
 * database once written (the seed never rewrites official rows).
 */
export function communitySlugs(rows: readonly HromadaRow[]): Map<string, string> {
  const special = new Map(specialCities.map((c) => [c.katottg, slugify(c.shortEn)]));
  // Crimea's romanised name is three words; its usual short form keeps slugs readable.
  const oblastWord = (r: HromadaRow) => (r.oblastCode === "UA01000000000013043" ? "krym" : slugify(r.oblastEn.replace(/\s+oblast$/i, "")));
  const raionWord = (r: HromadaRow) => slugify(r.raionEn.replace(/\s+raion$/i, ""));
  const levels: ((r: HromadaRow) => string)[] = [
    (r) => `${slugify(r.shortEn)}-${typeWord[r.type].en}`,
    (r) => `${slugify(r.shortEn)}-${typeWord[r.type].en}-${oblastWord(r)}`,
    (r) => `${slugify(r.shortEn)}-${typeWord[r.type].en}-${oblastWord(r)}-${raionWord(r)}`,
    (r) => `${slugify(r.shortEn)}-${typeWord[r.type].en}-${r.katottg.slice(2).toLowerCase()}`,
  ];
  const result = new Map<string, string>();
  const taken = new Set(special.values());
  let pending = rows.filter((r) => !special.has(r.katottg));
  for (const level of levels) {
    const counts = new Map<string, number>();
    for (const r of pending) counts.set(level(r), (counts.get(level(r)) ?? 0) + 1);
    const next: HromadaRow[] = [];
    for (const r of pending) {
      const slug = level(r);
      if (counts.get(slug) === 1 && !taken.has(slug)) result.set(r.katottg, slug);
      else next.push(r);
    }
    for (const r of pending) if (result.has(r.katottg)) taken.add(result.get(r.katottg) as string);
    pending = next;
  }
  if (pending.length) throw new Error(`no unique slug for ${pending.map((r) => r.katottg).join(", ")}`);
  for (const [code, slug] of special) if (rows.some((r) => r.katottg === code)) result.set(code, slug);
  return result;
}

/** All official rows: the CSV's plus Kyiv and Sevastopol, without duplicates. */
export function officialRows(csvRows: readonly HromadaRow[]): HromadaRow[] {
  const codes = new Set(csvRows.map((r) => r.katottg));
  return [...csvRows, ...specialCities.filter((c) => !codes.has(c.katottg))];
}

/**
 * The Community rows to insert. name.uk is the full official name; name.en is the English label
 * "<short_en> <type> hromada" (as the CSV's README recommends) rather than the romanised official
 * name (`Berezhanska miska terytorialna hromada`), which English readers neither say nor search.
 * The oblast's English name is the conventional one ("Ternopil Oblast", lib/geo/data/oblasts.ts);
 * raion and centre names are the CSV's romanisation.
 */
export function communityInputs(rows: readonly HromadaRow[], publishedAt: Date): Prisma.CommunityCreateManyInput[] {
  const slugs = communitySlugs(rows);
  return rows.map((r) => {
    const slug = slugs.get(r.katottg);
    if (!slug) throw new Error(`no slug for ${r.katottg}`);
    const special = specialCities.some((c) => c.katottg === r.katottg);
    const oblast = getOblast(r.oblastCode);
    // A centre settlement is public knowledge: EXACT, the point itself.
    const point = publicPoint({ lat: r.lat, lng: r.lng, precision: LocationPrecision.EXACT });
    return {
      id: seedId("community", r.katottg),
      slug,
      katottg: r.katottg,
      type: r.type,
      name: special ? { uk: r.nameUk, en: r.nameEn } : { uk: r.nameUk, en: `${r.shortEn} ${typeWord[r.type].en} hromada` },
      shortName: { uk: r.shortUk, en: r.shortEn },
      ...(r.altShortUk ? { altShortName: { uk: r.altShortUk, en: r.altShortEn ?? r.altShortUk } } : {}),
      oblastCode: r.oblastCode,
      oblastName: { uk: r.oblastUk, en: oblast?.en ?? r.oblastEn },
      raionCode: r.raionCode,
      raionName: { uk: r.raionUk, en: r.raionEn },
      centerCode: r.centerCode,
      centerName: { uk: r.centerUk, en: r.centerEn },
      population: r.population,
      settlementsCount: r.settlementsCount,
      lat: r.lat,
      lng: r.lng,
      locationPrecision: LocationPrecision.EXACT,
      publicLat: point.lat,
      publicLng: point.lng,
      isOccupied: r.isOccupied,
      isPartlyOccupied: r.isPartlyOccupied,
      combatZone: r.combatZone,
      status: ModerationStatus.PUBLISHED,
      publishedAt,
      hasProfile: false,
      isDemo: false,
    };
  });
}
