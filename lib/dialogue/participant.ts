import "server-only";
// Anonymous participation (issue 19): a participant is a random token in a cookie, nothing else.
// The database keeps only a hash of the token together with the dialogue's id, so
//   - the row cannot be traced back to the cookie without the cookie itself,
//   - the same browser is a different, unlinkable participant in every dialogue,
//   - no account, address or time is stored with it (rate limits count addresses in their own
//     short-lived table, keyed by address, never by participant).
// Deleting the cookie makes a new participant; the per-address limit on new participants
// (lib/http/rate-limit.ts, "voiceJoin") keeps that from becoming a flood.
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { siteOrigin } from "@/lib/site/origin";

export const VOICE_COOKIE = "atlas_voice";
const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url
const YEAR_SECONDS = 365 * 24 * 3600;

/** The token this browser already holds, if it is one of ours. */
export async function readVoiceToken(): Promise<string | null> {
  const value = (await cookies()).get(VOICE_COOKIE)?.value;
  return value && TOKEN.test(value) ? value : null;
}

/** The browser's token, made and set now when it has none (only in a server action or route handler). */
export async function ensureVoiceToken(): Promise<{ token: string; isNew: boolean }> {
  const existing = await readVoiceToken();
  if (existing) return { token: existing, isNew: false };
  const token = randomBytes(32).toString("base64url");
  (await cookies()).set(VOICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteOrigin().https,
    path: "/",
    maxAge: YEAR_SECONDS,
  });
  return { token, isNew: true };
}

/** What the database stores for this token in this dialogue. */
export function participantHash(dialogueId: string, token: string): string {
  return createHash("sha256").update(`${dialogueId}:${token}`).digest("base64url");
}
