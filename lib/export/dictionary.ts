// The data dictionary of the open-data exports (/api/v1/codebook, /{locale}/data): every column
// of every download and every code its cells hold, in both languages. Built from what the app
// itself uses so it cannot drift: the column lists the writers emit (records.ts, lib/stats), the
// enums of prisma/schema.prisma, their labels in messages/*.json (lib/i18n/vocabularies.ts) and
// the gazetteer's oblasts and countries. A column without a description fails the type check.
import { CommunityType, OrganizationKind, PartnershipForm, Sector } from "@/generated/prisma/enums";
import { listCountries, oblasts } from "@/lib/geo/places";
import { languageName } from "@/lib/i18n/display-names";
import { PUBLIC_PARTNERSHIP_STATUSES } from "@/lib/listing/public-where";
import { chartIds, foundingPeriods, STATS_API, statsCsvColumns, statsCsvPath, SUPPRESSED_CELL } from "@/lib/stats/charts";
import type { Vocabulary } from "@/lib/i18n/vocabularies";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { communityColumns, eventColumns, needColumns, organizationColumns } from "./records";

/** Where the API serves this dictionary (app/api/v1/codebook). */
export const CODEBOOK_API = "/api/v1/codebook";

export type Bilingual = { uk: string; en: string };

type DataMessages = (typeof en)["data"];
export type ColumnName = keyof DataMessages["columns"];
export type CodeListId = keyof DataMessages["codeLists"];
export type DatasetId = keyof DataMessages["datasets"];

export type ColumnType = "string" | "integer" | "number" | "boolean" | "list" | "date-time" | "url";

export interface DictionaryColumn {
  name: string;
  type: ColumnType;
  description: Bilingual;
  /** The code list its values come from. */
  codes?: CodeListId;
}

export interface DictionaryDataset {
  id: DatasetId;
  description: Bilingual;
  downloads: string[];
  columns: DictionaryColumn[];
}

export interface CodeList {
  id: CodeListId;
  description: Bilingual;
  /** Every code, or, for an open standard (ISO 639-1), none: the description names the standard. */
  codes: { code: string; label: Bilingual }[];
}

export interface DataDictionary {
  datasets: DictionaryDataset[];
  codeLists: CodeList[];
}

/** Each column's type where it is not text (names, codes, slugs are). */
const columnTypes: Partial<Record<ColumnName, ColumnType>> = {
  url: "url",
  website: "url",
  sectors: "list",
  languages: "list",
  open_need_sectors: "list",
  aid_types: "list",
  founded_year: "integer",
  population: "integer",
  count: "integer",
  cost_eur: "integer",
  latitude: "number",
  longitude: "number",
  verified: "boolean",
  occupied: "boolean",
  partly_occupied: "boolean",
  is_demo: "boolean",
  updated_at: "date-time",
  starts_at: "date-time",
  ends_at: "date-time",
  deadline: "date-time",
};

/** The code list a column's values come from. */
const columnCodes: Partial<Record<ColumnName, CodeListId>> = {
  kind: "organizationKind",
  country: "country",
  sectors: "sector",
  open_need_sectors: "sector",
  sector: "sector",
  languages: "language",
  type: "communityType",
  oblast_uk: "oblast",
  oblast_en: "oblast",
  chart: "chart",
};

/** Every column each download writes, in the writer's order (a column without a description in messages fails the type check), and its files. */
const datasetFiles: Record<DatasetId, { columns: readonly ColumnName[]; downloads: string[] }> = {
  organizations: { columns: organizationColumns, downloads: ["/api/v1/organizations.csv", "/api/v1/organizations.geojson"] },
  communities: { columns: communityColumns, downloads: ["/api/v1/communities.csv", "/api/v1/communities.geojson"] },
  events: { columns: eventColumns, downloads: ["/api/v1/events.csv", "/api/v1/events.geojson"] },
  needs: { columns: needColumns, downloads: ["/api/v1/needs.csv", "/api/v1/needs.geojson"] },
  stats: { columns: statsCsvColumns, downloads: [statsCsvPath("all"), STATS_API] },
};

const both = (pick: (messages: typeof en) => string): Bilingual => ({ uk: pick(uk), en: pick(en) });

/** A closed vocabulary labelled by its messages namespace. */
const vocabulary = (name: Vocabulary & CodeListId, values: readonly string[]) => ({
  id: name,
  values: values.map((code) => ({ code, label: both((m) => (m[name] as Record<string, string>)[code] ?? code) })),
});

function codeLists(): CodeList[] {
  const lists: { id: CodeListId; values: CodeList["codes"] }[] = [
    vocabulary("organizationKind", Object.values(OrganizationKind)),
    vocabulary("sector", Object.values(Sector)),
    vocabulary("communityType", Object.values(CommunityType)),
    vocabulary("partnershipForm", Object.values(PartnershipForm)),
    vocabulary("partnershipStatus", PUBLIC_PARTNERSHIP_STATUSES),
    { id: "oblast", values: oblasts.map((oblast) => ({ code: oblast.code, label: { uk: oblast.uk, en: oblast.en } })) },
    { id: "country", values: listCountries().map((country) => ({ code: country.code, label: country.name })) },
    { id: "language", values: [] },
    { id: "chart", values: chartIds.map((id) => ({ code: id, label: both((m) => m.observatory.charts[id]) })) },
    { id: "foundingPeriod", values: foundingPeriods.map((code) => ({ code, label: both((m) => m.observatory.founding[code]) })) },
    { id: "suppressed", values: [{ code: SUPPRESSED_CELL, label: both((m) => m.observatory.fewerThan5) }] },
  ];
  return lists.map(({ id, values }) => ({ id, description: both((m) => m.data.codeLists[id]), codes: values }));
}

export function dataDictionary(): DataDictionary {
  const datasets = (Object.keys(datasetFiles) as DatasetId[]).map((id) => ({
    id,
    description: both((m) => m.data.datasets[id]),
    downloads: datasetFiles[id].downloads,
    columns: datasetFiles[id].columns.map((name) => ({
      name,
      type: columnTypes[name] ?? "string",
      ...(columnCodes[name] ? { codes: columnCodes[name] } : {}),
      description: both((m) => m.data.columns[name]),
    })),
  }));
  return { datasets, codeLists: codeLists() };
}

/**
 * The words a spreadsheet download puts in place of codes, for the columns that hold codes of a
 * closed list or a language (the same code lists as the codebook, so the two cannot disagree).
 * A code a list does not hold is left as it is.
 */
export function cellLabels(columns: readonly string[], locale: "uk" | "en"): Partial<Record<string, (code: string) => string>> {
  const lists = new Map(codeLists().map((list) => [list.id, new Map(list.codes.map((c) => [c.code, c.label[locale]]))]));
  const labels: Partial<Record<string, (code: string) => string>> = {};
  for (const column of columns) {
    const id = columnCodes[column as ColumnName];
    if (id === "language") labels[column] = (code) => languageName(code, locale);
    else if (id && id !== "oblast") {
      const words = lists.get(id);
      if (words?.size) labels[column] = (code) => words.get(code) ?? code;
    }
  }
  return labels;
}
