import "server-only";
// Sets and clears the header's hint cookie (lib/auth/viewer-hint.ts) where a session starts and
// ends (next-auth's events, the demo sign-in) and on every /api/v1/viewer answer. Readable by
// scripts on purpose, and never trusted by the server: it only picks which header links show.
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/site/origin";
import { can, type PolicyViewer } from "./policy";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";
import { VIEWER_HINT_COOKIE, type ViewerHint } from "./viewer-hint";

export function viewerHintFor(viewer: PolicyViewer | null): ViewerHint | null {
  if (!viewer) return null;
  return can(viewer, "moderate", "ModerationQueue") ? "moderator" : "member";
}

/** Sets (or, for null, clears) the hint on the response being prepared. */
export async function writeViewerHint(hint: ViewerHint | null): Promise<void> {
  const jar = await cookies();
  if (hint === null) {
    if (jar.has(VIEWER_HINT_COOKIE)) jar.delete(VIEWER_HINT_COOKIE);
    return;
  }
  // Set even when unchanged: the hint then lives as long as the session it mirrors.
  jar.set(VIEWER_HINT_COOKIE, hint, {
    httpOnly: false,
    sameSite: "lax",
    path: "/",
    secure: siteOrigin().https,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/**
 * The hint for a session that has just started. Never fails the sign-in: the hint is cosmetic,
 * and /api/v1/viewer sets it on the next page anyway.
 */
export async function startViewerHint(userId: string): Promise<void> {
  try {
    // Moderation follows the platform role alone (lib/auth/policy.ts), so memberships are not read.
    const user = await (await db()).user.findUnique({ where: { id: userId }, select: { id: true, role: true, blockedAt: true } });
    await writeViewerHint(user && !user.blockedAt ? viewerHintFor({ id: user.id, role: user.role, memberships: [] }) : null);
  } catch {
    // Outside a request that can set cookies, or the database hiccuped: the viewer API catches up.
  }
}

/** Clears the hint when a session ends; never fails the sign-out. */
export async function endViewerHint(): Promise<void> {
  try {
    await writeViewerHint(null);
  } catch {
    // As above.
  }
}
