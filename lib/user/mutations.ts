import "server-only";
// Platform roles (member, moderator, admin), changed by admins only, and blocking accounts.
// Organisation and community roles are memberships, decided through claims.
import { TargetType, UserRole } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { anotherActiveAdmin, lockAdmins } from "./admins";

export type RoleResult = { ok: true; message: "saved" } | { ok: false; reason: "NOT_FOUND" | "LAST_ADMIN" | "NOTHING_CHANGED" };

export async function setUserRole(actor: PolicyViewer | null, input: { userId: string; role: UserRole }): Promise<RoleResult> {
  authorize(actor, "manageRoles", "User", { id: input.userId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) return { ok: false as const, reason: "NOT_FOUND" as const };
    if (user.role === input.role) return { ok: false as const, reason: "NOTHING_CHANGED" as const };
    if (user.role === UserRole.ADMIN && !(await anotherActiveAdmin(tx, input.userId)))
      return { ok: false as const, reason: "LAST_ADMIN" as const };
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, {
      actor,
      action: "user.role_changed",
      targetType: TargetType.USER,
      targetId: input.userId,
      before: { role: user.role },
      after: { role: input.role },
    });
    return { ok: true as const, message: "saved" as const };
  });
}

// Blocking an account: it can no longer sign in (lib/auth/next-auth.ts and the demo sign-in
// refuse it), its sessions are deleted in the same transaction so it is signed out at once,
// and lib/auth/viewer.ts treats it as signed out should a session survive anyway.
// Moderators block members; admins block anyone but themselves (lib/auth/policy.ts).
export type BlockResult =
  { ok: true; message: "blocked" | "unblocked" } | { ok: false; reason: "NOT_FOUND" | "NOTHING_CHANGED" | "LAST_ADMIN" };

export async function setBlocked(
  actor: PolicyViewer | null,
  input: { userId: string; block: boolean; reason: string },
): Promise<BlockResult> {
  authorize(actor, "block", "User"); // may block anyone at all; who exactly is checked below
  const prisma = await db();
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    // Blocking an admin takes an admin away: the same lock as demoting one.
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, blockedAt: true } });
    if (!user) return { ok: false as const, reason: "NOT_FOUND" as const };
    authorize(actor, "block", "User", { id: user.id, role: user.role });
    if (Boolean(user.blockedAt) === input.block) return { ok: false as const, reason: "NOTHING_CHANGED" as const };
    if (input.block && user.role === UserRole.ADMIN && !(await anotherActiveAdmin(tx, user.id)))
      return { ok: false as const, reason: "LAST_ADMIN" as const };
    await tx.user.update({ where: { id: user.id }, data: { blockedAt: input.block ? now : null } });
    const sessions = input.block ? (await tx.session.deleteMany({ where: { userId: user.id } })).count : 0;
    await recordAudit(tx, {
      actor,
      action: input.block ? "user.blocked" : "user.unblocked",
      targetType: TargetType.USER,
      targetId: user.id,
      reason: input.reason,
      before: { blockedAt: user.blockedAt?.toISOString() ?? null },
      after: { blockedAt: input.block ? now.toISOString() : null, ...(input.block ? { sessionsEnded: sessions } : {}) },
    });
    return { ok: true as const, message: input.block ? ("blocked" as const) : ("unblocked" as const) };
  });
}
