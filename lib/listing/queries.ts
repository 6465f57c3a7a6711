import "server-only";
// Reads about posts of any kind (events, announcements, polls) that are not one noun's own.
import { ChangeRequestStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import type { FormValues, ReviewedType } from "./pending-edit";

/** The person's own edit still waiting for a moderator, for their edit form. */
export async function getOpenChange(
  type: ReviewedType,
  targetId: string,
  authorId: string | null | undefined,
): Promise<{ changes: FormValues; createdAt: Date } | null> {
  if (!authorId) return null;
  const prisma = await db();
  const request = await prisma.changeRequest.findFirst({
    where: { targetType: type, targetId, authorId, status: ChangeRequestStatus.PENDING },
    orderBy: { createdAt: "desc" },
    select: { changes: true, createdAt: true },
  });
  return request ? { changes: request.changes as FormValues, createdAt: request.createdAt } : null;
}
