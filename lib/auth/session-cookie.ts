// The session cookie's name and options, set explicitly so next-auth and the demo sign-in
// (lib/auth/demo-sign-in.ts) agree on them. `__Secure-` only when the site is served over https.
import { siteOrigin } from "@/lib/site/origin";

export function sessionCookie(): { name: string; secure: boolean } {
  const secure = siteOrigin().https;
  return { name: secure ? SESSION_COOKIE_NAMES[1] : SESSION_COOKIE_NAMES[0], secure };
}

/** Both names the session cookie can have; a request with either may be signed in. */
export const SESSION_COOKIE_NAMES = ["atlas.session-token", "__Secure-atlas.session-token"] as const;

/** How long a session lasts (next-auth's default is 30 days; we keep it). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
