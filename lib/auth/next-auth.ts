import "server-only";
// next-auth (Auth.js v5) with its Prisma adapter and database sessions. Sign-in by email link
// (Nodemailer provider; the message goes through lib/email/send.ts, so without SMTP it lands in
// the log and the outbox), plus GitHub/Google when their variables are set. Who may do what is
// not decided here: see lib/auth/policy.ts.
import NextAuth, { AuthError, type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/site/origin";
import { sendEmail } from "@/lib/email/send";
import { readEnv } from "@/lib/env";
import { signInBlocked } from "./blocked-sign-in";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie";
import { signInEmail } from "./sign-in-email";
import { signUpAdapter } from "./sign-up-locale";
import { endViewerHint, startViewerHint } from "./viewer-hint-cookie";

export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const env = readEnv();
  // next-auth builds its links from AUTH_URL when it is set, and from the request's Host
  // otherwise; our server (scripts/serve.mts) sets it, and so does this line for `next dev`.
  process.env.AUTH_URL ||= siteOrigin().origin;
  const prisma = await db();
  const cookie = sessionCookie();
  const providers: NextAuthConfig["providers"] = [
    Nodemailer({
      // Required by the provider, unused: sendVerificationRequest below does the sending.
      server: env.EMAIL_SERVER ?? "smtp://localhost:25",
      from: env.EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      async sendVerificationRequest({ identifier, url }) {
        // Never email a link to any other host than ours, whatever a request claimed to be.
        const site = siteOrigin();
        if (new URL(url).origin !== site.origin) throw new Error(`refusing to email a sign-in link off-site (${new URL(url).host})`);
        const message = signInEmail(url, site.host);
        await sendEmail({ to: identifier, ...message });
      },
    }),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET)
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET)
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));

  return {
    // A new person gets the language of the page they signed up from (./sign-up-locale).
    adapter: signUpAdapter(prisma, request),
    providers,
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: { name: cookie.name, options: { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure } },
    },
    // Unprefixed paths: proxy.ts sends them on to the visitor's language.
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    // The header's cosmetic hint of the session, for the first paint (lib/auth/viewer-hint.ts).
    events: {
      async signIn({ user }) {
        if (user.id) await startViewerHint(user.id);
      },
      async signOut() {
        await endViewerHint();
      },
    },
    callbacks: {
      // Database sessions: expose the user's id; everything else is read fresh by lib/auth/viewer.ts.
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
      // A blocked person cannot start a new session (existing ones are deleted when blocking).
      async signIn({ user, account }) {
        return !(await signInBlocked(prisma, { email: user.email, account }));
      },
    },
  } satisfies NextAuthConfig;
});

/** The OAuth providers switched on by configuration, for the sign-in page. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const env = readEnv();
  const list: { id: "github" | "google"; name: string }[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}

/** Sends a sign-in link; false when next-auth refused (e.g. a blocked address). */
export async function requestEmailLink(email: string, redirectTo: string): Promise<boolean> {
  try {
    await signIn("nodemailer", { email, redirect: false, redirectTo });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
