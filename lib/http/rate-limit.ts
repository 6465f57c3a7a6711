import "server-only";
// Every rate limit of the app, in one table (docs/decisions/0011). What anyone can trigger
// repeatedly (sign-in emails, claims, reports) is counted twice, per client address and per
// account (for sign-in: per mailbox), so neither a script rotating accounts nor one account on
// many addresses gets through; a request goes on only while both allowances last. Public reads
// (JSON API, map, exports, calendars and feed) are counted per address only, with budgets far
// above what a person, a map being panned or our own test suites and benchmarks ask for.
import {
  type Budget,
  createLimiter,
  createMemoryLimiter,
  type Limiter,
  rateLimitStore,
  type Store,
  warnStoreTrouble,
} from "@/lib/db/rate-limit-store";
import { addressBucket } from "./client-address";

const perMinutes = (points: number, minutes: number): Budget => ({ points, seconds: minutes * 60 });

export const budgets = {
  signIn: { address: perMinutes(30, 15), account: perMinutes(5, 15) },
  claim: { address: perMinutes(30, 60), account: perMinutes(10, 60) },
  report: { address: perMinutes(60, 60), account: perMinutes(20, 60) },
  // Dialogues (issue 19), where the "account" is the anonymous participant. A dialogue session
  // in one hall puts a hundred people behind one address, so the address budgets are wide; the
  // participant's own are what a person answering and writing by hand stays far below.
  /** Answers: a person answers a statement every few seconds at most. */
  voiceAnswer: { address: perMinutes(3000, 10), account: perMinutes(200, 10) },
  /** Statements written into a dialogue. */
  voiceStatement: { address: perMinutes(120, 60), account: perMinutes(10, 60) },
  /** New anonymous participants (a fresh cookie) from one address. */
  voiceJoin: { address: perMinutes(300, 60) },
  /** /api/v1/organizations, /communities, /viewer (asked once per page view). */
  api: { address: perMinutes(600, 1) },
  /** /api/v1/map: every pan and zoom asks again; bench:map sends ~800 viewports in under a minute. */
  map: { address: perMinutes(1200, 1) },
  /** Full CSV/GeoJSON downloads: each may read every public listing. */
  export: { address: perMinutes(30, 1) },
  /** /events.ics, an event's .ics, /feed.xml: calendar apps and feed readers poll. */
  feed: { address: perMinutes(120, 1) },
} satisfies Record<string, { address: Budget; account?: Budget }>;

export type LimitKind = keyof typeof budgets;
export type PublicReadKind = "api" | "map" | "export" | "feed";
type Limiters = { [K in LimitKind]: { [Scope in keyof (typeof budgets)[K]]: Limiter } };

/** All limits in one store (null: in this process's memory only). A second call with the same
 *  store shares its counts, as a second process would. */
export function createLimiters(store: Store | null): Limiters {
  const entries = Object.entries(budgets).map(([kind, budget], index) => {
    const make = (scope: string, b: Budget) =>
      store ? createLimiter(store, `${kind}.${scope}`, b, index === 0 && scope === "address") : createMemoryLimiter(`${kind}.${scope}`, b);
    const account = "account" in budget ? make("account", budget.account) : undefined;
    return [kind, { address: make("address", budget.address), account }];
  });
  return Object.fromEntries(entries) as Limiters;
}

const byStoreClient = new WeakMap<object, Limiters>();
let memoryOnly: Limiters | undefined;

async function currentLimiters(): Promise<Limiters> {
  try {
    const store = await rateLimitStore();
    const client = "redis" in store ? store.redis : store.prisma;
    let limiters = byStoreClient.get(client);
    if (!limiters) byStoreClient.set(client, (limiters = createLimiters(store)));
    return limiters;
  } catch (error) {
    warnStoreTrouble(error);
    return (memoryOnly ??= createLimiters(null));
  }
}

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Refused: the RateLimiterRes saying when the window ends. Anything else that goes wrong lets
 *  the request through: the limits guard against floods, not against their own store. */
async function spend(limiter: Limiter, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (refusal) {
    if (refusal instanceof Error) {
      warnStoreTrouble(refusal);
      return null;
    }
    return (refusal as { msBeforeNext: number }).msBeforeNext;
  }
}

/**
 * Spends one point of the client address's allowance for `kind` and, when given, one of the
 * account's (a user id, or for sign-in the mailbox from signInEmailKey).
 */
export async function checkLimits(kind: LimitKind, keys: { address: string; account?: string | null }): Promise<Decision> {
  const limiters: { address: Limiter; account?: Limiter } = (await currentLimiters())[kind];
  const waits = await Promise.all([
    spend(limiters.address, addressBucket(keys.address)),
    limiters.account && keys.account ? spend(limiters.account, keys.account) : null,
  ]);
  const refused = waits.filter((wait): wait is number => wait !== null);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...refused) / 1000)) };
}

export async function withinLimits(kind: LimitKind, keys: { address: string; account?: string | null }): Promise<boolean> {
  return (await checkLimits(kind, keys)).allowed;
}
