// GET /api/v1/communities.geojson — every public community matching the directory's filters (the same
// query parameters as /{locale}/communities and /api/v1/communities; `page` is ignored), as a streamed
// GeoJSON download. Columns: lib/export/records.ts.
import { directoryExport } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryExport("communities", "geojson");
