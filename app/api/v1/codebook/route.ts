// GET /api/v1/codebook — the data dictionary: every column of every download and every code in
// its cells, in Ukrainian and English (lib/export/dictionary.ts; the page is /{locale}/data).
import { dataDictionary } from "@/lib/export/dictionary";

export const dynamic = "force-static";

export function GET() {
  return Response.json(dataDictionary(), { headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" } });
}
