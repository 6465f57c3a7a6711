import "server-only";
// Claims: a signed-in person asks to represent an organisation or to be a community's official.
// The claim is a PENDING Membership carrying the evidence a moderator decides on.
import { Prisma } from "@/generated/prisma/client";
import { MembershipRole, TargetType } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { authorize, type PolicyViewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

export interface ClaimInput {
  target: { type: "ORGANIZATION" | "COMMUNITY"; id: string };
  title?: string;
  evidenceEmail?: string;
  evidenceUrl?: string;
  evidenceNote?: string;
}

export type ClaimResult = { ok: true; message: "claimSent" } | { ok: false; reason: "ALREADY_CLAIMED" | "NOT_FOUND" };

export async function requestMembership(actor: PolicyViewer | null, input: ClaimInput): Promise<ClaimResult> {
  const isOrg = input.target.type === "ORGANIZATION";
  authorize(actor, "claim", isOrg ? "Organization" : "Community", { id: input.target.id });
  const prisma = await db();
  const exists = isOrg
    ? await prisma.organization.count({ where: { id: input.target.id, status: "PUBLISHED", hiddenAt: null } })
    : await prisma.community.count({ where: { id: input.target.id, status: "PUBLISHED", hiddenAt: null } });
  if (exists === 0) return { ok: false, reason: "NOT_FOUND" };
  try {
    await prisma.$transaction(async (tx) => {
      const membership = await tx.membership.create({
        data: {
          userId: actor.id,
          ...(isOrg ? { organizationId: input.target.id } : { communityId: input.target.id }),
          role: isOrg ? MembershipRole.REPRESENTATIVE : MembershipRole.OFFICIAL,
          title: input.title ?? null,
          evidenceEmail: input.evidenceEmail ?? null,
          evidenceUrl: input.evidenceUrl ?? null,
          evidenceNote: input.evidenceNote ?? null,
        },
        select: { id: true },
      });
      await recordAudit(tx, { actor, action: "membership.requested", targetType: TargetType.MEMBERSHIP, targetId: membership.id, after: { [isOrg ? "organizationId" : "communityId"]: input.target.id } });
    });
  } catch (error) {
    // One membership per person per listing (unique index): asking twice is not an error to log.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, reason: "ALREADY_CLAIMED" };
    throw error;
  }
  return { ok: true, message: "claimSent" };
}
