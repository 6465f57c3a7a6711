import "server-only";
// Platform roles (member, moderator, admin), changed by admins only. Organisation and community
// roles are memberships, decided through claims.
import { UserRole, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export type RoleResult = { ok: true; message: "saved" } | { ok: false; reason: "NOT_FOUND" | "LAST_ADMIN" | "NOTHING_CHANGED" };

export async function setUserRole(actor: PolicyViewer | null, input: { userId: string; role: UserRole }): Promise<RoleResult> {
  authorize(actor, "manageRoles", "User", { id: input.userId });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) return { ok: false as const, reason: "NOT_FOUND" as const };
    if (user.role === input.role) return { ok: false as const, reason: "NOTHING_CHANGED" as const };
    if (user.role === UserRole.ADMIN && (await tx.user.count({ where: { role: UserRole.ADMIN } })) <= 1) return { ok: false as const, reason: "LAST_ADMIN" as const };
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, { actor, action: "user.role_changed", targetType: TargetType.USER, targetId: input.userId, before: { role: user.role }, after: { role: input.role } });
    return { ok: true as const, message: "saved" as const };
  });
}
