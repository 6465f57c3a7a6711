import "server-only";
import { databaseMode, type DatabaseMode } from "@/lib/db/adapter";
import { db } from "@/lib/db/client";

export interface DatabaseHealth {
  state: "up" | "down";
  mode: DatabaseMode;
  latencyMs: number;
  /** Migrations recorded in _prisma_migrations (up only). */
  migrations?: number;
  /** A short, non-secret reason (down only): never the connection string. */
  reason?: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkDatabaseHealth(timeoutMs = 3000): Promise<DatabaseHealth> {
  const mode = databaseMode();
  const began = performance.now();
  try {
    const prisma = await withTimeout(db(), timeoutMs);
    const rows = await withTimeout(
      prisma.$queryRaw<{ applied: bigint }[]>`SELECT count(*) AS applied FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      timeoutMs,
    );
    return { state: "up", mode, latencyMs: Math.round(performance.now() - began), migrations: Number(rows[0]?.applied ?? 0) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code ? `database error ${code}` : error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : "unknown";
    return { state: "down", mode, latencyMs: Math.round(performance.now() - began), reason: redact(reason) };
  }
}

/** Error messages from drivers can quote the connection string; keep credentials out of a public endpoint. */
function redact(text: string): string {
  return text.replace(/postgres(ql)?:\/\/[^\s"']+/gi, "postgresql://…");
}
