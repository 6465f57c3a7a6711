// The header's hint of who is signed in, for the first paint. Public pages' HTML is the same for
// everyone (docs/decisions/0014-cached-directory-pages.md), so it holds every variant of the
// account links; this script, inline in <head>, runs before the body is painted and names the
// variant on <html data-viewer="member|moderator"> from a cookie scripts may read, and
// app/globals.css shows that one. The cookie is only cosmetic: it is set where a session starts,
// cleared where it ends and refreshed by /api/v1/viewer (lib/auth/viewer-hint-cookie.ts); every
// permission is still checked on the server against the session itself.
// The script also marks <html data-js>, so CSS can keep no-JavaScript fallbacks (the filters'
// drawer) out of the way when scripts run.

export const VIEWER_HINT_COOKIE = "atlas-viewer";

export type ViewerHint = "member" | "moderator";

/** Kept byte for byte: its hash is allowed by the pages' Content-Security-Policy (VIEWER_HINT_SCRIPT_HASH). */
export const VIEWER_HINT_SCRIPT =
  '(function(h){h.setAttribute("data-js","");try{var m=/(?:^|;\\s*)atlas-viewer=(member|moderator)(?:;|$)/.exec(document.cookie);if(m)h.setAttribute("data-viewer",m[1])}catch(e){}})(document.documentElement)';

/** 'sha256-…' of VIEWER_HINT_SCRIPT (viewer-hint.test.ts checks it), for pages allowed by nonce. */
export const VIEWER_HINT_SCRIPT_HASH = "sha256-CS9bq1Aw4TU2DEPL6JJWjoHESU06ym3698KNW7NVsTQ=";

/** The hint in a cookie header's value, or null (no hint, or not one of ours). */
export function readViewerHint(cookieHeader: string): ViewerHint | null {
  const match = /(?:^|;\s*)atlas-viewer=(member|moderator)(?:;|$)/.exec(cookieHeader);
  return match ? (match[1] as ViewerHint) : null;
}
