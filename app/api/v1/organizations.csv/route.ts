// GET /api/v1/organizations.csv — every public organisation matching the directory's filters (the same
// query parameters as /{locale}/organizations and /api/v1/organizations; `page` is ignored), as a streamed
// CSV download. Columns: lib/export/records.ts.
import { directoryExport } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryExport("organizations", "csv");
