// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the read API (lib/api/openapi.ts).
import { openApiDocument } from "@/lib/api/openapi";
import { apiGet, jsonResponse } from "@/lib/api/respond";

export { OPTIONS } from "@/lib/api/respond";
export const dynamic = "force-dynamic";
export const GET = apiGet(async (request) => jsonResponse(request, openApiDocument()));
