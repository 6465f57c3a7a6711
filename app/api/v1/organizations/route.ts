// GET /api/v1/organizations — the public read API of the organisation directory. The same
// parser and search as /{locale}/organizations, so a URL's filters mean the same in both.
import { directoryApi } from "../_shared/directory";

export const dynamic = "force-dynamic";

export const GET = directoryApi("organizations");
