// The API page's reference (/{locale}/api), read from the same registry and zod schemas as the
// routes and the OpenAPI document: each collection's paths, its parameters as the page shows
// them, and an example URL that works.
import { collectionNames, collections, downloadPath, itemPath, listPath, type CollectionName } from "./endpoints";
import { queryParameters } from "./openapi";

export interface ParameterRow {
  name: string;
  /** "list" takes many values (repeated or comma-separated). */
  type: "list" | "text" | "integer" | "number";
  values: string[];
  min?: number;
  max?: number;
}

type ParameterSchema = { type?: string; enum?: string[]; minimum?: number; maximum?: number; items?: ParameterSchema };

function row(name: string, schema: ParameterSchema): ParameterRow {
  const inner = schema.type === "array" && schema.items ? schema.items : schema;
  const type = schema.type === "array" ? "list" : inner.type === "integer" || inner.type === "number" ? inner.type : "text";
  return {
    name,
    type,
    values: inner.enum ?? [],
    ...(inner.minimum !== undefined ? { min: inner.minimum } : {}),
    ...(inner.maximum !== undefined ? { max: inner.maximum } : {}),
  };
}

export interface CollectionReference {
  name: CollectionName;
  list: string;
  item: string;
  downloads: string[];
  parameters: ParameterRow[];
  /** The list with its first closed-vocabulary filter set, five rows a page. */
  example: string;
}

export function apiReference(): CollectionReference[] {
  return collectionNames.map((name) => {
    const collection = collections[name];
    const parameters = queryParameters(collection.query).map((parameter) => row(parameter.name, parameter.schema as ParameterSchema));
    const filter = parameters.find((parameter) => parameter.type === "list" && parameter.values.length > 0);
    const query = new URLSearchParams(filter ? { [filter.name]: filter.values[0]!, limit: "5" } : { limit: "5" });
    return {
      name,
      list: listPath(name),
      item: itemPath(name),
      downloads: collection.downloads.map((format) => downloadPath(name, format)),
      parameters,
      example: `${listPath(name)}?${query}`,
    };
  });
}
