import "server-only";
// The IdempotencyKey table behind lib/actions/idempotency.ts: claim a form's key, store the
// answer of the run that claimed it, or give the key back. Plain SQL where it must be one atomic
// statement (the claim), so concurrent requests on any number of processes agree on one winner;
// the same on PostgreSQL and the embedded PGlite.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "./client";

// A day covers any retry a person makes by hand; older rows are swept on the next claim.
const LIFETIME_MS = 24 * 60 * 60 * 1000;
// A claim still PENDING after this long belongs to a request that died (the process stopped);
// no action runs that long, so a resubmit may take the key over.
const ABANDONED_MS = 2 * 60 * 1000;
// A double click's second request waits this long for the first to finish, so it can show the
// same confirmation rather than an error.
const WAIT_MS = 10_000;
const POLL_MS = 150;

/** What a replay answers: the first run's data, or the redirect it ended with. */
export type StoredOutcome = { data: unknown } | { redirect: string };

export type Claim = { kind: "run" } | { kind: "replay"; outcome: StoredOutcome } | { kind: "busy" };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the key (a new row, or an expired or abandoned one), or waits for its first run's answer. */
export async function claimKey(scope: string, action: string, key: string, waitMs: number = WAIT_MS): Promise<Claim> {
  const prisma = await db();
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = Date.now();
    const rows = await prisma.$queryRaw<{ claimed: number }[]>`
      INSERT INTO "IdempotencyKey" AS k ("scope", "action", "key", "status", "createdAt")
      VALUES (${scope}, ${action}, ${key}, 'PENDING', ${new Date(now)}::timestamp(3))
      ON CONFLICT ("scope", "action", "key") DO UPDATE SET "status" = 'PENDING', "result" = NULL, "createdAt" = EXCLUDED."createdAt"
        WHERE k."createdAt" < ${new Date(now - LIFETIME_MS)}::timestamp(3)
           OR (k."status" = 'PENDING' AND k."createdAt" < ${new Date(now - ABANDONED_MS)}::timestamp(3))
      RETURNING 1 AS claimed`;
    if (rows.length > 0) {
      await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now - LIFETIME_MS) } } });
      return { kind: "run" };
    }
    const row = await prisma.idempotencyKey.findUnique({
      where: { scope_action_key: { scope, action, key } },
      select: { status: true, result: true },
    });
    if (row?.status === "DONE") return { kind: "replay", outcome: row.result as StoredOutcome };
    // No row: the first run failed and gave the key back, so this request runs instead.
    if (row && Date.now() >= deadline) return { kind: "busy" };
    if (row) await sleep(POLL_MS);
  }
}

export async function storeOutcome(scope: string, action: string, key: string, outcome: StoredOutcome): Promise<void> {
  const prisma = await db();
  await prisma.idempotencyKey.updateMany({
    where: { scope, action, key, status: "PENDING" },
    data: { status: "DONE", result: outcome as Prisma.InputJsonValue },
  });
}

export async function releaseKey(scope: string, action: string, key: string): Promise<void> {
  const prisma = await db();
  await prisma.idempotencyKey.deleteMany({ where: { scope, action, key, status: "PENDING" } });
}
