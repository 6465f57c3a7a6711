// GET /api/health/ready — readiness: 200 when the database answers and has every migration this
// build ships, 503 with the reason when not (a load balancer then sends traffic elsewhere).
import { checkHealth } from "@/lib/health/queries";
import { log } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

export async function GET() {
  const { readiness } = await checkHealth();
  if (!readiness.ready) log({ probe: "ready" }).warn({ reason: readiness.reason }, "not ready");
  return Response.json(
    { status: readiness.ready ? "ready" : "not ready", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
