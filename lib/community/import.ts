// A moderator's bulk import of community profiles, the pure part: each row names a community by
// its KATOTTG code and holds the profile its officials could write in the edit form, validated by
// that form's schema (./schema.ts communityProfileSchema). The official data (name, oblast,
// population…) has no column: an import cannot change it. The mutation (./mutations.ts
// importCommunityProfiles) matches the codes and writes. File reading is lib/import/file.ts.
//
// Every profile column is required, as the edit form sends every field: an empty cell clears
// that field, a missing column would otherwise clear it unseen.
import { localizedFieldNames } from "@/lib/forms/localized-fields";
import { type Cells, type ImportFormat, issueErrors, parseImportFile, type RowError, textCell } from "@/lib/import/file";
import { type CommunityProfileInput, communityProfileSchema } from "./schema";

/**
 * The edit form's fields, each once: a field missing here fails to compile below. Its texts in
 * every UI language (description_uk … description_it), as the form sends them all.
 */
const profileFields = [
  ...localizedFieldNames("description"),
  ...localizedFieldNames("challenges"),
  ...localizedFieldNames("assetIndustry"),
  ...localizedFieldNames("assetHeritage"),
  ...localizedFieldNames("assetInfrastructure"),
  ...localizedFieldNames("offer"),
  "cooperationGoals",
  "languages",
  "email",
  "phone",
  "website",
  "preferredCountries",
  "preferredKinds",
  "preferredPopulationMin",
  "preferredPopulationMax",
] as const satisfies readonly (keyof CommunityProfileInput)[];
type Unlisted = Exclude<keyof CommunityProfileInput, (typeof profileFields)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : never = true;
void everyFieldListed;

/** Ticked boxes in the form, one cell here: "ECONOMY;CULTURE". */
const LIST_FIELDS: ReadonlySet<string> = new Set(["cooperationGoals", "preferredKinds"]);

/**
 * Cells the schema allows only digits and separators in, so they cannot carry a formula: a phone
 * is written "+380…", and refusing its "+" would refuse every international number.
 */
const DIGIT_COLUMNS: ReadonlySet<string> = new Set(["phone", "preferred_population_min", "preferred_population_max"]);

/** "descriptionUk" → "description_uk", as the open-data files name columns. */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const columnOfField: Record<string, string> = Object.fromEntries(profileFields.map((field) => [field, columnOf(field)]));

export const communityImportColumns = ["katottg", ...profileFields.map(columnOf)];

/** A valid row: which community, and its whole profile as the edit form would submit it. */
export interface ImportedCommunityProfile {
  row: number;
  katottg: string;
  profile: CommunityProfileInput;
}

/** The adapter: a row's cells as the edit form's input, and the cells refused before the schema (formulas). */
export function rowToProfileInput(cells: Cells): {
  katottg: string;
  input: Record<string, string | string[]>;
  errors: Omit<RowError, "row">[];
} {
  const errors: Omit<RowError, "row">[] = [];
  const cell = (column: string) => {
    const { value, error } = textCell(cells, column);
    if (error && !DIGIT_COLUMNS.has(column)) errors.push(error);
    return value;
  };
  const katottg = cell("katottg").toUpperCase();
  if (!katottg && errors.length === 0) errors.push({ column: "katottg", message: "required" });
  const input: Record<string, string | string[]> = {};
  for (const field of profileFields) {
    const value = cell(columnOfField[field]!);
    input[field] = LIST_FIELDS.has(field)
      ? value
          .split(";")
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
  }
  return { katottg, input, errors };
}

export function validateCommunityRow(
  cells: Cells,
  row: number,
): { ok: true; value: ImportedCommunityProfile } | { ok: false; errors: RowError[] } {
  const { katottg, input, errors } = rowToProfileInput(cells);
  const parsed = communityProfileSchema.safeParse(input);
  const all = issueErrors(row, errors, parsed.success ? [] : parsed.error.issues, columnOfField);
  if (!parsed.success || all.length > 0) return { ok: false, errors: all };
  return { ok: true, value: { row, katottg, profile: parsed.data } };
}

const missingColumns = (cells: Cells) => communityImportColumns.filter((column) => !(column in cells));

export function parseCommunityFile(file: Blob, format: ImportFormat) {
  return parseImportFile(file, format, { missingColumns, validate: validateCommunityRow });
}

/** Rows naming no community, or one an earlier row of the file named already. */
export function unmatchedRows(rows: ImportedCommunityProfile[], known: ReadonlySet<string>): RowError[] {
  const seen = new Set<string>();
  const errors: RowError[] = [];
  for (const { row, katottg } of rows) {
    if (!known.has(katottg)) errors.push({ row, column: "katottg", message: "unknownCode" });
    else if (seen.has(katottg)) errors.push({ row, column: "katottg", message: "duplicateCode" });
    seen.add(katottg);
  }
  return errors;
}
