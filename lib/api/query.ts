// Reading an API request's query with its endpoint's zod schema (lib/api/schemas.ts), and the
// opaque cursor: base64url of a small JSON position, either the last row's id (keyset lists) or
// an offset (the directory searches, whose order is the search's own).
import { z } from "zod";
import { DEFAULT_LIMIT } from "./schemas";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

export type Position = { after: string } | { offset: number };

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

const positionSchema = z.union([
  z.strictObject({ after: z.string().min(1).max(100) }),
  z.strictObject({ offset: z.number().int().min(0) }),
]);

export function decodeCursor(cursor: string): Position {
  try {
    return positionSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new ApiError(400, "Bad cursor", "The cursor is not one this API wrote: start again without it.");
  }
}

/** Whether a query key takes many values (an array in the schema, a list in the URL). */
function takesMany(schema: z.ZodType): boolean {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }).type === "array";
}

/** The URL's query checked against the schema; the API's own keys (limit, cursor) come back typed. */
export function readQuery(schema: z.ZodObject, params: URLSearchParams): { limit: number; position: Position | null } {
  const raw: Record<string, string | string[]> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    raw[key] = takesMany(field as z.ZodType) ? values.flatMap((value) => value.split(",")).map((value) => value.trim()) : values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new ApiError(400, "Bad query", detail);
  }
  const { limit, cursor } = parsed.data as { limit?: number; cursor?: string };
  return { limit: limit ?? DEFAULT_LIMIT, position: cursor ? decodeCursor(cursor) : null };
}
