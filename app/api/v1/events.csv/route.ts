// GET /api/v1/events.csv — every public event matching the events list's filters (the same query parameters as
// /{locale}/events and /api/v1/events; `page` is ignored), as a streamed CSV download. Columns: lib/export/records.ts.
import { directoryExport } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryExport("events", "csv");
