// GET /api/v1/stats — the observatory's charts (/{locale}/stats) as JSON: per chart, its groups by
// code with their counts; a group of fewer than 5 has `count: null` and `suppressed: true`. Codes
// are explained at /api/v1/codebook.
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { CODEBOOK_API } from "@/lib/export/dictionary";
import { MINIMUM_GROUP_SIZE, statsCsvPath } from "@/lib/stats/charts";
import { getObservatory } from "@/lib/stats/queries";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async () => {
  const { charts, openNeeds } = await getObservatory();
  return Response.json(
    {
      minimumGroupSize: MINIMUM_GROUP_SIZE,
      openNeeds,
      codebook: CODEBOOK_API,
      charts: charts.map((chart) => ({
        id: chart.id,
        csv: statsCsvPath(chart.id),
        groups: chart.rows.map(({ key, count, costEur }) => ({
          key,
          count,
          suppressed: count === null,
          ...(chart.hasCost ? { costEur } : {}),
        })),
      })),
    },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
});
