// GET /api/health/live — liveness: the process is up and serving. Never asks the database: a
// database outage must not make an orchestrator restart every app process at once.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
