// Closes the app's database on shutdown: the PostgreSQL pool (so the server sees clean
// disconnects, not dropped sockets) or the embedded PGlite store (so it is checkpointed and its
// lock file removed, and the next start opens it without recovery). lib/db/client.ts keeps the
// client on globalThis; our server (scripts/serve.mts) runs outside Next's bundle and cannot
// import that server-only module, so it reaches the same holder by its name.
interface Holder {
  target?: Promise<{ close(): Promise<void> }>;
  client?: Promise<{ $disconnect(): Promise<void> }>;
  /** The client with read replicas (lib/db/replicas.ts), when DATABASE_REPLICA_URLS is set. */
  reader?: Promise<{ $disconnect(): Promise<void> }>;
}

export async function closeAppDatabase(timeoutMs = 5000): Promise<"closed" | "not opened" | "timed out"> {
  // The listings broadcast's connections first (lib/cache/broadcast.ts; bounded by its own timeout).
  await (globalThis as { __atlasBroadcast?: { close(): Promise<void> } }).__atlasBroadcast?.close().catch(() => undefined);
  const holder = (globalThis as { __atlasDb?: Holder }).__atlasDb;
  if (!holder?.client && !holder?.target) return "not opened";
  const close = async () => {
    const reader = await holder.reader?.catch(() => undefined);
    await reader?.$disconnect(); // the replicas' pools (and the primary's, closed again below)
    const client = await holder.client?.catch(() => undefined);
    await client?.$disconnect();
    const target = await holder.target?.catch(() => undefined);
    await target?.close();
    holder.client = undefined;
    holder.reader = undefined;
    holder.target = undefined;
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), timeoutMs)));
  try {
    return await Promise.race([close().then(() => "closed" as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
