// The session cookie's name and options, set explicitly so next-auth and the demo sign-in
// (lib/auth/demo-sign-in.ts) agree on them. `__Secure-` only when the site is served over https.
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = (process.env.AUTH_URL ?? "").startsWith("https://");
  return { name: secure ? "__Secure-atlas.session-token" : "atlas.session-token", secure };
}

/** How long a session lasts (next-auth's default is 30 days; we keep it). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
