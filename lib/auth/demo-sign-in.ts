import "server-only";
// "Sign in as a demo account" (and the /outbox of sign-in links): only when DEMO_SIGN_IN is set
// (npm start sets it for the embedded demo database and says so in the log), only while the
// site's configured origin is this machine, and only for a request that came from this machine
// to a loopback Host — so a demo reachable from the network offers nothing. Only for accounts
// the seed marked isDemo. It writes a next-auth Session row and the same cookie next-auth would, so everything
// after sign-in is next-auth's normal database session. Written by hand because next-auth's
// Credentials provider cannot create database sessions.
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/internal-headers";
import { siteOrigin } from "@/lib/site/origin";
import { demoAllowed } from "./demo-access";
import { db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie";
import { startViewerHint } from "./viewer-hint-cookie";

/** Whether the request being served may see demo sign-in and the outbox. */
export async function demoSignInEnabled(): Promise<boolean> {
  const requestHeaders = await headers();
  return demoAllowed({
    enabled: readEnv().DEMO_SIGN_IN,
    originIsLoopback: siteOrigin().loopback,
    socketAddress: requestHeaders.get(SOCKET_ADDRESS_HEADER),
    host: requestHeaders.get("host"),
  });
}

export async function listDemoAccounts(): Promise<{ email: string; name: string | null; role: string }[]> {
  if (!(await demoSignInEnabled())) return [];
  const prisma = await db();
  const users = await prisma.user.findMany({
    where: {
      isDemo: true,
      email: {
        in: ["admin@demo.example", "moderator@demo.example", "official@demo.example", "representative@demo.example", "member@demo.example"],
      },
    },
    select: { email: true, name: true, role: true },
    orderBy: { email: "asc" },
  });
  return users.map((u) => ({ email: u.email ?? "", name: u.name, role: u.role }));
}

/** Starts a session for a demo account; false when demo sign-in is off or it is not a demo account. */
export async function startDemoSession(email: string): Promise<boolean> {
  if (!(await demoSignInEnabled())) return false;
  const prisma = await db();
  const user = await prisma.user.findFirst({ where: { email, isDemo: true, blockedAt: null }, select: { id: true } });
  if (!user) return false;
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await prisma.session.create({ data: { sessionToken, userId: user.id, expires } });
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure, expires });
  await startViewerHint(user.id);
  return true;
}
