// GET /api/v1/communities — the public read API of the community directory (same parser and
// search as /{locale}/communities); responses: lib/api/routes.ts.
import { listRoute } from "@/lib/api/routes";

export { OPTIONS } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = listRoute("communities");
