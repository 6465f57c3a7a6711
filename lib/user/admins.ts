import "server-only";
// "Never remove the last admin" as a rule that holds under concurrency. Counting admins and then
// demoting is a read-then-write: two admins demoting each other at once each see two admins and
// both succeed. Every transaction that may take away an admin first takes this transaction-level
// advisory lock, so such transactions run one after another (PostgreSQL and PGlite alike); the
// lock is released at commit or rollback.
import type { Prisma } from "@/generated/prisma/client";
import { UserRole } from "@/generated/prisma/enums";

// Any fixed 64-bit key; only this module uses it.
const ADMINS_LOCK_KEY = 7_402_114_001;

/** The first statement of such a transaction: everything read after it is current. */
export async function lockAdmins(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS_LOCK_KEY}::bigint)`;
}

/** Whether an admin other than `userId` could still act (not blocked). Call after lockAdmins. */
export async function anotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const others = await tx.user.count({ where: { role: UserRole.ADMIN, blockedAt: null, id: { not: userId } } });
  return others > 0;
}
