// GET /api/v1/communities — the public read API of the community directory (same parser and
// search as /{locale}/communities).
import { directoryApi } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryApi("communities");
