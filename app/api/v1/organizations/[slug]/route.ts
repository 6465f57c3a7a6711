// GET /api/v1/organizations/{slug}: one public item (lib/api/routes.ts).
import { itemRoute } from "@/lib/api/routes";

export { OPTIONS } from "@/lib/api/respond";
export const dynamic = "force-dynamic";
export const GET = itemRoute("organizations");
