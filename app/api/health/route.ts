// GET /api/health — for load balancers and uptime checks: 200 when the database answers, 503 when not.
import { checkDatabaseHealth } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabaseHealth();
  const ok = database.state === "up";
  return Response.json(
    { status: ok ? "ok" : "unavailable", database, time: new Date().toISOString() },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
