import "server-only";
// A person's own account: preferences and deletion.
import { TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { anotherActiveAdmin, lockAdmins } from "@/lib/user/admins";
import type { PreferencesInput } from "./schema";

export async function updatePreferences(actor: PolicyViewer | null, input: PreferencesInput): Promise<{ ok: true; message: "saved" }> {
  authorize(actor, "update", "User", { id: actor?.id ?? "" });
  const prisma = await db();
  await prisma.user.update({
    where: { id: actor.id },
    data: { name: input.name ?? null, locale: input.locale, notifyByEmail: input.notifyByEmail },
  });
  return { ok: true, message: "saved" };
}

export type DeleteResult = { ok: true } | { ok: false; reason: "LAST_ADMIN" };

/**
 * Deletes the person: the User row goes, and with it (by the schema's cascades) sessions,
 * accounts, memberships, participations, notifications and follows; votes in named polls and
 * reports lose their link (SET NULL). Listings stay with their organisation or community;
 * audit entries keep the decisions with the actor set to NULL (docs/decisions/0004).
 */
export async function deleteAccount(actor: PolicyViewer | null): Promise<DeleteResult> {
  authorize(actor, "delete", "User", { id: actor?.id ?? "" });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockAdmins(tx);
    const current = await tx.user.findUnique({ where: { id: actor.id }, select: { role: true } });
    if (current?.role === "ADMIN" && !(await anotherActiveAdmin(tx, actor.id)))
      return { ok: false as const, reason: "LAST_ADMIN" as const };
    await recordAudit(tx, { actor: null, actorRole: "self", action: "user.deleted", targetType: TargetType.USER, targetId: actor.id });
    // Anonymous polls keep only counts (PollTally); named votes keep their choice without a name.
    await tx.vote.updateMany({ where: { userId: actor.id }, data: { userId: null } });
    // createdById is a plain column (no foreign key): clear it so listings keep no trace of the person.
    for (const table of [tx.organization, tx.event, tx.announcement, tx.poll] as const) {
      await (table as typeof tx.organization).updateMany({ where: { createdById: actor.id }, data: { createdById: null } });
    }
    await tx.user.delete({ where: { id: actor.id } });
    return { ok: true as const };
  });
}
