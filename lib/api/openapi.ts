// The OpenAPI 3.1 document of /api/v1, assembled from the registry (lib/api/endpoints.ts) and its
// zod schemas through zod 4's JSON Schema output (draft 2020-12, the dialect OpenAPI 3.1 uses).
import { z } from "zod";
import { siteOrigin } from "@/lib/site/origin";
import {
  collectionNames,
  collections,
  downloadPath,
  itemPath,
  listPath,
  resourceNames,
  resourcePath,
  resources,
  type CollectionName,
  type Resource,
  type ResourceName,
} from "./endpoints";
import { itemQuery, listEnvelope, problem } from "./schemas";

type JsonSchema = Record<string, unknown>;

/** A schema without its `$schema` key: OpenAPI 3.1 documents name the dialect once. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const result: JsonSchema = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
  delete result.$schema;
  return result;
}

/** One query parameter per key of the query schema; lists as repeated keys (form, exploded). */
export function queryParameters(query: z.ZodObject) {
  const required = new Set((jsonSchema(query, "input").required as string[] | undefined) ?? []);
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, ...schema } = jsonSchema(field as z.ZodType, "input");
    return {
      name,
      in: "query",
      required: required.has(name),
      ...(description ? { description } : {}),
      schema,
      ...(schema.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const problemRef = { $ref: "#/components/schemas/Problem" };
const problems = {
  "400": {
    description: "A parameter the API cannot read (limit, cursor).",
    content: { "application/problem+json": { schema: problemRef } },
  },
  "429": {
    description: "Too many requests from this address; `Retry-After` says when to try again.",
    headers: { "Retry-After": { schema: { type: "integer" } } },
    content: { "application/problem+json": { schema: problemRef } },
  },
};
const cached = {
  ETag: { description: "Weak validator of the body: send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  "Access-Control-Allow-Origin": { schema: { type: "string" } },
};
const notModified = { "304": { description: "Not modified: the If-None-Match tag is current.", headers: cached } };
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } };
const slugParameter = {
  name: "slug",
  in: "path",
  required: true,
  description: "The item's address, as in its page's URL.",
  schema: { type: "string" },
};

/** Component names: "needs" → "NeedList" and "Need". */
const componentName = (name: CollectionName) => {
  const singular = name.replace(/ies$/, "y").replace(/s$/, "");
  return singular[0]!.toUpperCase() + singular.slice(1);
};
export const listSchemaName = (name: CollectionName) => `${componentName(name)}List`;
export const itemSchemaName = (name: CollectionName) => componentName(name);

function collectionPaths(name: CollectionName) {
  const collection = collections[name];
  const listRef = { $ref: `#/components/schemas/${listSchemaName(name)}` };
  const itemRef = { $ref: `#/components/schemas/${itemSchemaName(name)}` };
  const paths: Record<string, unknown> = {
    [listPath(name)]: {
      get: {
        operationId: `list_${name}`,
        summary: collection.summary,
        tags: [name],
        parameters: [...queryParameters(collection.query), ifNoneMatch],
        responses: {
          "200": { description: "One page of public rows.", headers: cached, content: json(listRef) },
          ...notModified,
          ...problems,
        },
      },
    },
    [itemPath(name)]: {
      get: {
        operationId: `get_${name}`,
        summary: `One of: ${collection.summary.toLowerCase()}`,
        tags: [name],
        parameters: [slugParameter, ...queryParameters(itemQuery), ifNoneMatch],
        responses: {
          "200": {
            description: "The public item.",
            headers: cached,
            content: json({ type: "object", properties: { data: itemRef }, required: ["data"] }),
          },
          ...notModified,
          "404": { description: "No public item has this address.", content: { "application/problem+json": { schema: problemRef } } },
          ...problems,
        },
      },
    },
  };
  const filters = queryParameters(collection.query).filter((parameter) => !["limit", "cursor", "page"].includes(parameter.name));
  for (const format of collection.downloads) {
    paths[downloadPath(name, format)] = {
      get: {
        operationId: `download_${name}_${format}`,
        summary: `Every matching row as ${format === "csv" ? "CSV" : "GeoJSON"}`,
        tags: [name],
        parameters: format === "csv" ? [...filters, excelParameter] : filters,
        responses: {
          "200": {
            description: "The whole file, streamed.",
            content:
              format === "csv"
                ? { "text/csv": { schema: { type: "string" } } }
                : { "application/geo+json": { schema: { $ref: "#/components/schemas/FeatureCollection" } } },
          },
          "429": problems["429"],
        },
      },
    };
  }
  return paths;
}

/** The CSV for spreadsheets (app/api/v1/_shared/directory.ts). */
const excelParameter = {
  name: "excel",
  in: "query",
  required: false,
  schema: { type: "string", enum: ["1"] },
  description:
    "1: the CSV for spreadsheets: a UTF-8 byte-order mark, codes replaced by their words in `locale`, lists joined by '; ', and ';' as the separator for Ukrainian.",
};

/** The schema name of a single document, e.g. "Stats". */
export const resourceSchemaName = (name: ResourceName) => name[0]!.toUpperCase() + name.slice(1);

function resourcePaths(name: ResourceName) {
  const resource: Resource = resources[name];
  return {
    [resourcePath(name)]: {
      get: {
        operationId: `get_${name}`,
        summary: resources[name].summary,
        tags: [name],
        parameters: resource.query ? queryParameters(resource.query) : [],
        responses: {
          "200": { description: resources[name].summary, content: json({ $ref: `#/components/schemas/${resourceSchemaName(name)}` }) },
          "429": problems["429"],
        },
      },
    },
  };
}

const featureCollection = z.looseObject({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.looseObject({
      type: z.literal("Feature"),
      geometry: z.looseObject({ type: z.literal("Point"), coordinates: z.array(z.number()).min(2).max(3) }).nullable(),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

export function openApiDocument() {
  const schemas: Record<string, JsonSchema> = {
    Problem: jsonSchema(problem, "output"),
    FeatureCollection: jsonSchema(featureCollection, "output"),
  };
  for (const name of collectionNames) {
    schemas[itemSchemaName(name)] = jsonSchema(collections[name].item, "output");
    const list = jsonSchema(listEnvelope(collections[name].item), "output") as { properties: { data: JsonSchema } };
    list.properties.data = { type: "array", items: { $ref: `#/components/schemas/${itemSchemaName(name)}` } };
    schemas[listSchemaName(name)] = list;
  }
  for (const name of resourceNames) schemas[resourceSchemaName(name)] = jsonSchema(resources[name].response, "output");
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Diaspora Atlas open data API",
      version: "1.0.0",
      description:
        "Everything the atlas shows the public, read-only. Lists take the same filters as the site's pages and page with an opaque `cursor` (`links.next`); `limit` is 1–500. Responses carry a weak ETag (If-None-Match gives 304), allow any origin, and are limited per address (429 with Retry-After).",
    },
    servers: [{ url: siteOrigin().origin }],
    tags: [
      ...collectionNames.map((name) => ({ name, description: collections[name].summary })),
      ...resourceNames.map((name) => ({ name, description: resources[name].summary })),
    ],
    paths: Object.assign({}, ...collectionNames.map(collectionPaths), ...resourceNames.map(resourcePaths)) as Record<string, unknown>,
    components: { schemas },
  };
}
