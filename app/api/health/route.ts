// GET /api/health — for uptime checks and people: 200 when the database answers, 503 when not,
// with the database's state and readiness (/api/health/ready) in the body. No rate limit: a probe
// refused with 429 would take a healthy node out of rotation.
import { checkHealth } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const { database, readiness } = await checkHealth();
  const ok = database.state === "up";
  return Response.json(
    { status: ok ? "ok" : "unavailable", database, readiness, time: new Date().toISOString() },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
