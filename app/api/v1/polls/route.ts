// GET /api/v1/polls: one page of public rows (lib/api/routes.ts).
import { listRoute } from "@/lib/api/routes";

export { OPTIONS } from "@/lib/api/respond";
export const dynamic = "force-dynamic";
export const GET = listRoute("polls");
