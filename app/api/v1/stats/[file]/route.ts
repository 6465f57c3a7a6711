// GET /api/v1/stats/<chart>.csv (one chart) or /api/v1/stats/all.csv (every chart): the
// observatory's numbers as CSV, columns chart,key,count,cost_eur; a suppressed group's count is
// "fewer than 5". Written by the exports' CSV writer (lib/export/formats.ts).
import type { NextRequest } from "next/server";
import { csvPieces, textStream } from "@/lib/export/formats";
import { exportHeaders } from "@/lib/export/response";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { isChartId, statsCsvColumns, statsCsvRecords } from "@/lib/stats/charts";
import { getObservatory } from "@/lib/stats/queries";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async (_request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const file = (await params).file;
  const name = file.endsWith(".csv") ? file.slice(0, -".csv".length) : "";
  if (name !== "all" && !isChartId(name)) return Response.json({ title: "Not found", status: 404 }, { status: 404 });
  const charts = (await getObservatory()).charts.filter((chart) => name === "all" || chart.id === name);
  async function* one() {
    yield statsCsvRecords(charts);
  }
  return new Response(textStream(csvPieces(one(), statsCsvColumns)), { headers: exportHeaders(`stats-${name}`, "csv") });
});
