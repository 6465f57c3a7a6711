// GET /api/v1/viewer — whether this browser is signed in, and whether the header should offer
// moderation. The header asks after it loads (components/layout/account-links.tsx), so every
// page's HTML is the same for everyone and public pages can be cached
// (docs/decisions/0014-cached-directory-pages.md).
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { withRateLimit } from "@/lib/http/with-rate-limit";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async () => {
  const viewer = await getViewer();
  return Response.json(
    { signedIn: viewer !== null, moderator: viewer !== null && can(viewer, "moderate", "ModerationQueue") },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
