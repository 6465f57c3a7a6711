// GET /api/v1/needs.geojson — every public need matching the needs list's filters (the same query parameters as
// /{locale}/needs and /api/v1/needs; `page` is ignored), as a streamed GeoJSON download. Columns: lib/export/records.ts.
import { directoryExport } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryExport("needs", "geojson");
