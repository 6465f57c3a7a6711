// A moderator's bulk import of organisations, the pure part: read a CSV or JSON file as a stream,
// validate every row with the registration form's schema (./schema.ts organizationImportSchema),
// and sort the valid rows into new ones, ones already there, and duplicates. The mutation
// (./mutations.ts importOrganizations) loads what exists and writes; nothing here touches the database.
//
// The file has the columns of the open-data CSV export (lib/export/records.ts), so an export
// imports as is. Memory: rows are validated one by one; only errors and the compact valid rows
// are kept (a JSON file is parsed whole, within the upload limit).
//
// Idempotency: a row is matched to an existing organisation by its slug, else by its website,
// else by its name and city. A match with the same content is left alone ("unchanged"), so
// re-importing a file changes nothing; a match with other content is reported as a duplicate and
// the import refuses: an import adds listings, it never overwrites one (edits go through the edit
// form and its audit trail).
import type { OrganizationKind, Sector } from "@/generated/prisma/enums";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { countryCenter, findCity } from "@/lib/geo/places";
import { slugFrom } from "@/lib/text/slug";
import {
  type Cells,
  type ImportReport as FileReport,
  importReport as fileReport,
  issueErrors,
  type ParsedFile as FileParsed,
  parseImportFile as parseFile,
  type ImportFormat,
  type RowError,
  textCell,
} from "@/lib/import/file";
import { organizationImportSchema } from "./schema";

export { csvRecords, formatOf, jsonRecords, REPORT_LIMIT, type ImportFormat, type RowError } from "@/lib/import/file";

export interface Duplicate {
  row: number;
  by: "slug" | "website" | "nameCity";
  /** Another row of the file, or an existing organisation's slug. */
  ofRow?: number;
  ofSlug?: string;
}

/** The columns a row and an organisation are compared on, named as the table names them. */
interface ImportedColumns {
  slug: string;
  kind: OrganizationKind;
  country: string;
  city: string;
  website: string | null;
  sectors: Sector[];
  languages: string[];
  foundedYear: number | null;
  isVerified: boolean;
  isDemo: boolean;
}

/** A valid row, compact: what the import writes. */
export interface ImportedOrganization extends ImportedColumns {
  row: number;
  /** The file named the slug (else it was made from the name). */
  slugGiven: boolean;
  nameUk?: string;
  nameEn?: string;
  /** From the file, or the city's (else the country's) centre. */
  lat: number;
  lng: number;
  pointGiven: boolean;
  updatedAt: Date | null;
}

/** What the mutation loads of each existing organisation, to match rows against. */
export interface ExistingOrganization extends ImportedColumns {
  name: unknown;
  publicLat: number;
  publicLng: number;
}

/** The file's columns (lib/export/records.ts) → the form's fields. `url` is derived from the slug and ignored. */
const fieldOfColumn = {
  slug: "slug",
  name_uk: "nameUk",
  name_en: "nameEn",
  kind: "kind",
  country: "country",
  city: "city",
  sectors: "sectors",
  languages: "languages",
  website: "website",
  founded_year: "foundedYear",
  verified: "verified",
  updated_at: "updatedAt",
  latitude: "lat",
  longitude: "lng",
  is_demo: "isDemo",
} as const;
const columnOfField: Record<string, string> = Object.fromEntries(Object.entries(fieldOfColumn).map(([column, field]) => [field, column]));
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(["latitude", "longitude", "founded_year"]);
export const REQUIRED_COLUMNS = ["kind", "country", "city"] as const;

/** A row's cells as the registration form's input; a formula cell is an error (lib/import/file.ts textCell). */
export function rowToFormInput(cells: Cells): { input: Record<string, string | string[]>; errors: Omit<RowError, "row">[] } {
  const input: Record<string, string | string[]> = {};
  const errors: Omit<RowError, "row">[] = [];
  for (const [column, field] of Object.entries(fieldOfColumn)) {
    // A number may be negative: "-" starts no formula there.
    const cell = NUMBER_COLUMNS.has(column) ? { value: (cells[column] ?? "").trim() } : textCell(cells, column);
    if (cell.error) errors.push(cell.error);
    const value = cell.value;
    input[field] = field === "sectors" ? value.split(";").filter(Boolean) : value;
  }
  // The export's point is public already: it is kept as given (EXACT), so it exports unchanged.
  input.precision = input.lat || input.lng ? "EXACT" : "CITY";
  return { input, errors };
}

/** One row, validated: the compact row, or its errors. */
export function validateRow(cells: Cells, row: number): { ok: true; value: ImportedOrganization } | { ok: false; errors: RowError[] } {
  const { input, errors } = rowToFormInput(cells);
  const parsed = organizationImportSchema.safeParse(input);
  const all = issueErrors(row, errors, parsed.success ? [] : parsed.error.issues, columnOfField);
  if (!parsed.success || all.length > 0) return { ok: false, errors: all };
  const data = parsed.data;
  const point = data.lat !== undefined && data.lng !== undefined ? { lat: data.lat, lng: data.lng } : null;
  const place = point ?? findCity(data.country, data.city) ?? countryCenter(data.country);
  if (!place) return { ok: false, errors: [{ row, column: "city", message: "unknownPlace" }] };
  return {
    ok: true,
    value: {
      row,
      slug: data.slug ?? slugFrom(data.nameEn || data.nameUk || "organization"),
      slugGiven: data.slug !== undefined,
      kind: data.kind,
      nameUk: data.nameUk,
      nameEn: data.nameEn,
      country: data.country,
      city: data.city,
      lat: place.lat,
      lng: place.lng,
      pointGiven: point !== null,
      website: data.website ?? null,
      sectors: data.sectors ?? [],
      languages: data.languages,
      foundedYear: data.foundedYear ?? null,
      isVerified: data.verified,
      isDemo: data.isDemo,
      updatedAt: data.updatedAt ? new Date(data.updatedAt) : null,
    },
  };
}

export type ParsedFile = FileParsed<ImportedOrganization>;

/** Reads and validates a whole file (lib/import/file.ts), row by row with the registration form's schema. */
export function parseImportFile(file: Blob, format: ImportFormat): Promise<ParsedFile> {
  return parseFile(file, format, { missingColumns, validate: validateRow });
}

function missingColumns(cells: Cells): string[] {
  const missing: string[] = REQUIRED_COLUMNS.filter((column) => !(column in cells));
  return "name_uk" in cells || "name_en" in cells ? missing : [...missing, "name_en"];
}

// ── Matching against the file itself and the database ──

/** The same address written differently ("https://www.x.org/" and "http://x.org") is one website. */
export function websiteKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/\/+$/, "");
}
const nameCityKeys = (names: (string | undefined)[], city: string, country: string) =>
  names.filter((name): name is string => Boolean(name)).map((name) => `${name.toLowerCase()}|${city.toLowerCase()}|${country}`);

type Keyed = { key: string; by: Duplicate["by"] };
const keysOf = (row: ImportedOrganization): Keyed[] => [
  { key: row.slug, by: "slug" },
  ...(row.website ? [{ key: websiteKey(row.website), by: "website" as const }] : []),
  ...nameCityKeys([row.nameUk, row.nameEn], row.city, row.country).map((key) => ({ key, by: "nameCity" as const })),
];

/** Does the row say what the organisation already says (the columns an import writes)? */
export function sameAsExisting(existing: ExistingOrganization, row: ImportedOrganization): boolean {
  const name = asLocalizedText(existing.name);
  return (
    (name.uk ?? undefined) === row.nameUk &&
    (name.en ?? undefined) === row.nameEn &&
    existing.kind === row.kind &&
    existing.country === row.country &&
    existing.city === row.city &&
    existing.website === row.website &&
    existing.foundedYear === row.foundedYear &&
    existing.isVerified === row.isVerified &&
    existing.isDemo === row.isDemo &&
    existing.sectors.join(";") === row.sectors.join(";") &&
    existing.languages.join(";") === row.languages.join(";") &&
    (!row.pointGiven || (existing.publicLat === row.lat && existing.publicLng === row.lng))
  );
}

export interface Classified {
  /** Rows to create, each with a slug no organisation and no other row has. */
  fresh: ImportedOrganization[];
  unchanged: number;
  duplicates: Duplicate[];
}

/** Sorts valid rows into new, unchanged and duplicates (see the head of this file). */
export function classifyRows(rows: ImportedOrganization[], existing: ExistingOrganization[]): Classified {
  const known = new Map<string, ExistingOrganization[]>();
  for (const organization of existing) {
    const keys = [
      organization.slug,
      ...(organization.website ? [websiteKey(organization.website)] : []),
      ...nameCityKeys(Object.values(asLocalizedText(organization.name)), organization.city, organization.country),
    ];
    for (const key of new Set(keys)) known.set(key, [...(known.get(key) ?? []), organization]);
  }
  const taken = new Set(existing.map((organization) => organization.slug));
  const seen = new Map<string, number>();
  const result: Classified = { fresh: [], unchanged: 0, duplicates: [] };
  for (const row of rows) {
    const keys = keysOf(row);
    // A slug made from a name may be taken by another organisation: that is no duplicate.
    const matchKeys = row.slugGiven ? keys : keys.filter((keyed) => keyed.by !== "slug");
    const inFile = keys.find((keyed) => (row.slugGiven || keyed.by !== "slug") && seen.has(keyed.key));
    for (const keyed of keys) if (!seen.has(keyed.key)) seen.set(keyed.key, row.row);
    if (inFile) {
      result.duplicates.push({ row: row.row, by: inFile.by, ofRow: seen.get(inFile.key) });
      continue;
    }
    const matches = new Map<ExistingOrganization, Keyed>();
    for (const keyed of matchKeys)
      for (const organization of known.get(keyed.key) ?? []) if (!matches.has(organization)) matches.set(organization, keyed);
    const [only] = matches.keys();
    if (matches.size === 1 && (!row.slugGiven || only!.slug === row.slug) && sameAsExisting(only!, row)) {
      result.unchanged++;
    } else if (only) {
      result.duplicates.push({ row: row.row, by: matches.get(only)!.by, ofSlug: only.slug });
    } else {
      let slug = row.slug;
      for (let n = 2; !row.slugGiven && taken.has(slug); n++) slug = `${row.slug}-${n}`;
      taken.add(slug);
      result.fresh.push({ ...row, slug });
    }
  }
  return result;
}

export type ImportReport = FileReport<Duplicate>;

export function importReport(parsed: ParsedFile, classified: Classified): ImportReport {
  return fileReport(parsed, classified);
}
