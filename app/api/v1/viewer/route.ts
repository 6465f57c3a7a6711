// GET /api/v1/viewer — whether this browser is signed in, whether the header should offer
// moderation, and how many of the person's notices are unread (`unread`, 0 when signed out).
// The header asks after it loads (components/layout/account-links.tsx), so every page's HTML
// is the same for everyone and public pages can be cached (docs/decisions/0014-cached-directory-pages.md).
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { viewerHintFor, writeViewerHint } from "@/lib/auth/viewer-hint-cookie";
import { withRateLimit } from "@/lib/http/with-rate-limit";
import { countUnreadNotices } from "@/lib/notification/queries";

export const dynamic = "force-dynamic";

export const GET = withRateLimit("api", async () => {
  const viewer = await getViewer();
  // Keeps the header's first-paint hint in step with the session (lib/auth/viewer-hint.ts).
  await writeViewerHint(viewerHintFor(viewer));
  return Response.json(
    {
      signedIn: viewer !== null,
      moderator: viewer !== null && can(viewer, "moderate", "ModerationQueue"),
      unread: viewer ? await countUnreadNotices(viewer.id) : 0,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
