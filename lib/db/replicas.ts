// Read replicas (docs/scaling.md): with DATABASE_REPLICA_URLS set, the reads that may lag the
// primary by a moment go to a replica through Prisma's read-replicas extension; writes, raw SQL
// and transactions stay on the primary. Which reads may lag is the caller's choice: `readDb()`
// (lib/db/client.ts) is used by the JSON API and the downloads only. Pages stay on the primary:
// a page rendered from a replica that has not replayed a write yet would be cached under the
// write's new version, and a person must see their own edit at once.
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/generated/prisma/client";
import { postgresFactory } from "./adapter";

/** The replicas' connection strings: DATABASE_REPLICA_URLS, comma-separated; none without DATABASE_URL. */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  if (!env.DATABASE_URL) return []; // the embedded store has no replicas
  return (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

/**
 * `primary` extended to send its model reads outside transactions to one of the replicas, picked
 * at random per query. Typed as the primary's client: the extension adds `$primary()` and
 * `$replica()` only, and every query the callers make keeps its shape.
 */
export function withReadReplicas(
  primary: PrismaClient,
  urls: string[],
  env: Record<string, string | undefined> = process.env,
): PrismaClient {
  if (urls.length === 0) return primary;
  const replicas = urls.map((url) => new PrismaClient({ adapter: postgresFactory(url, env) }));
  return primary.$extends(readReplicas({ replicas })) as unknown as PrismaClient;
}
