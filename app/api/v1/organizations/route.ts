// GET /api/v1/organizations — the public read API of the organisation directory. The same
// parser and search as /{locale}/organizations, so a URL's filters mean the same in both;
// responses: lib/api/routes.ts.
import { listRoute } from "@/lib/api/routes";

export { OPTIONS } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = listRoute("organizations");
