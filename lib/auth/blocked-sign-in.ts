import "server-only";
// next-auth's signIn callback asks here: a blocked person starts no new session, by emailed link
// or by OAuth. Blocking deletes existing sessions (lib/user/mutations.ts), and lib/auth/viewer.ts
// treats a blocked person as signed out, so these three together end access at once.
import type { PrismaClient } from "@/generated/prisma/client";

export async function signInBlocked(
  prisma: PrismaClient,
  input: { email?: string | null; account?: { type: string; provider: string; providerAccountId: string } | null },
): Promise<boolean> {
  // An OAuth link identifies the person even when the provider now reports another address.
  if (input.account && input.account.type !== "email") {
    const link = await prisma.account.findUnique({
      where: { provider_providerAccountId: { provider: input.account.provider, providerAccountId: input.account.providerAccountId } },
      select: { user: { select: { blockedAt: true } } },
    });
    if (link?.user.blockedAt) return true;
  }
  if (!input.email) return false;
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { blockedAt: true } });
  return Boolean(existing?.blockedAt);
}
