// GET /api/v1/partnerships/{slug}/iati.xml — one public partnership as an IATI 2.03 activity:
// its sides, its money as transactions, its milestones as results, its evidence as document links.
import type { NextRequest } from "next/server";
import { apiGet, problemResponse } from "@/lib/api/respond";
import { iatiActivityFor } from "@/lib/recovery/open-data";

export const dynamic = "force-dynamic";

export const GET = apiGet(async (_request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const xml = await iatiActivityFor((await params).slug);
  if (!xml) return problemResponse(404, "Not found", "No public partnership has this slug.");
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=60",
    },
  });
});
