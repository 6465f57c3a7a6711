import "server-only";
// Who is asking: the signed-in person with their platform role and verified memberships, read
// from the database on every request (not from a session snapshot), so a role revoked a
// second ago is already gone. `cache` makes it one query per request however often it is asked.
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { isSharedRender } from "@/lib/cache/shared-render";
import type { MembershipRole, MembershipStatus, UserRole } from "@/generated/prisma/enums";
import { auth } from "./next-auth";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

export interface ViewerMembership {
  id: string;
  role: MembershipRole;
  status: MembershipStatus;
  organizationId: string | null;
  communityId: string | null;
}

export interface Viewer {
  id: string;
  email: string | null;
  name: string | null;
  role: UserRole;
  locale: string;
  /** Every membership, whatever its status; lib/auth/policy.ts only trusts VERIFIED ones. */
  memberships: ViewerMembership[];
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  // The shared copy of a public page is rendered for visitors, whoever's request made it.
  if (isSharedRender()) return null;
  const session = await auth();
  const id = session?.user?.id;
  if (!id) {
    // next-auth reads the session row itself and, when the database cannot be reached, logs the
    // error and answers "no session": during an outage a signed-in person would be shown signed
    // out and told to sign in. With a session cookie, ask the database once: unreachable, the
    // error goes on (a 503 page, or "nothing saved, try again" for a form).
    const jar = await cookies();
    if (SESSION_COOKIE_NAMES.some((name) => jar.has(name))) await (await db()).$queryRaw`SELECT 1`;
    return null;
  }
  return loadViewer(id);
});

/** The viewer for a known user id (scripts, tests, and getViewer itself). */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      blockedAt: true,
      memberships: { select: { id: true, role: true, status: true, organizationId: true, communityId: true } },
    },
  });
  // Blocking deletes the person's sessions; should one survive (a race, a restored backup), a
  // blocked person is still treated as signed out.
  if (!user || user.blockedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, memberships: user.memberships };
}
