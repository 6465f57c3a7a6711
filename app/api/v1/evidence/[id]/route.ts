// GET /api/v1/evidence/{id}[?size=thumb] — a milestone's photo (re-encoded, metadata removed) or
// document (a download), sandboxed by its headers (lib/files/serve.ts). Public when its
// partnership is; otherwise only for the partnership's sides and moderators (the policy's "track").
import type { NextRequest } from "next/server";
import { apiGet, problemResponse } from "@/lib/api/respond";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { fileStore } from "@/lib/files/file-store";
import { evidenceResponseHeaders } from "@/lib/files/serve";
import { evidenceFile } from "@/lib/recovery/queries";

export const dynamic = "force-dynamic";

export const GET = apiGet(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const found = await evidenceFile(id);
  const row =
    found.public ?? (found.private && can(await getViewer(), "track", "Partnership", found.private.partnership) ? found.private : null);
  if (!row) return problemResponse(404, "Not found", "No evidence file has this id.");
  const thumb = request.nextUrl.searchParams.get("size") === "thumb" && row.thumbKey;
  const stored = await fileStore().get(thumb ? row.thumbKey! : row.storedKey);
  if (!stored) return problemResponse(404, "Not found", "The file is no longer stored.");
  const headers = evidenceResponseHeaders({ contentType: stored.contentType, declaredName: row.fileName, size: stored.body.length });
  // A key's bytes never change: public copies may be kept a day.
  if (found.public) headers["Cache-Control"] = "public, max-age=86400";
  return new Response(new Uint8Array(stored.body), { headers });
});
