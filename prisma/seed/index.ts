// Seeds the database: the official communities always, the demo content on request.
// Idempotent: rows carry deterministic ids and natural keys (katottg, slug, email), every insert
// is createMany({ skipDuplicates: true }), and profile updates only touch communities without a
// profile. A second run therefore adds nothing and changes nothing. No `server-only`: the CLI
// (scripts/db/seed.mts) and tests import this.
import type { PrismaClient } from "../../generated/prisma/client";
import { buildDemoDataset, type DemoDataset, type OfficialCommunity } from "./demo";
import { communityInputs, officialRows, readHromadasCsv, type HromadaRow } from "./official";
import { chunk } from "./util";

export interface SeedOptions {
  demo: boolean;
  log?: (line: string) => void;
  /** The seeding moment; demo dates are relative to its UTC day. Defaults to now. */
  now?: Date;
}

// Well under PostgreSQL's 65,535 bind parameters for the widest table (~30 columns).
const BATCH = 500;

type Delegate<T> = { createMany(args: { data: T[]; skipDuplicates?: boolean }): Promise<{ count: number }> };

async function insert<T>(delegate: Delegate<T>, rows: readonly T[]): Promise<number> {
  let count = 0;
  for (const part of chunk(rows, BATCH)) count += (await delegate.createMany({ data: part, skipDuplicates: true })).count;
  return count;
}

/**
 * Inserts many rows in one statement: PostgreSQL expands a JSON array into records of the table
 * (jsonb_populate_recordset) and skips conflicts. For the 1,774 communities this takes a fraction
 * of a second where createMany spends seconds building the query. Only the columns present in the
 * rows are listed, so the others keep their database defaults; the rows are typed by the caller
 * (Prisma's CreateManyInput), so this is as checked as createMany except for @updatedAt, which
 * has no database default and must be in the rows.
 */
export async function insertAsJson(prisma: PrismaClient, table: string, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  for (const name of [table, ...columns]) if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  const list = columns.map((c) => `"${c}"`).join(", ");
  return prisma.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}

/** Rows that existed before under another id (same slug or email) keep theirs; references follow. */
class IdMap {
  private readonly map = new Map<string, string>();

  learn(generated: Iterable<[key: string, id: string]>, existing: Iterable<[key: string, id: string]>): void {
    const actual = new Map(existing);
    for (const [key, id] of generated) {
      const found = actual.get(key);
      if (found && found !== id) this.map.set(id, found);
    }
  }

  private fix<T extends string | null | undefined>(id: T): T {
    return (id ? (this.map.get(id) ?? id) : id) as T;
  }

  /** The row with the named references to other seeded rows pointed at the ids actually stored. */
  refs<T extends object, K extends keyof T>(row: T, keys: readonly K[]): T {
    const out = { ...row };
    for (const key of keys) out[key] = this.fix(out[key] as string | null | undefined) as T[K];
    return out;
  }

  /** Whether a row kept the id the generator gave it (its children may then be written). */
  isOwn(id: string): boolean {
    return !this.map.has(id);
  }
}

export async function seedOfficial(prisma: PrismaClient, now: Date, log: (line: string) => void): Promise<OfficialCommunity[]> {
  const rows = officialRows(readHromadasCsv());
  const inputs = communityInputs(rows, now);
  const lookup = () =>
    prisma.community.findMany({ where: { katottg: { in: rows.map((r) => r.katottg) } }, select: { id: true, slug: true, katottg: true } });
  // A re-run first asks which codes exist and sends only the missing rows.
  const before = await lookup();
  const known = new Set(before.map((c) => c.katottg));
  const missing = inputs.filter((c) => !known.has(c.katottg)).map((c) => ({ ...c, createdAt: now, updatedAt: now }));
  let added = 0;
  for (const part of chunk(missing, 1000)) added += await insertAsJson(prisma, "Community", part);
  log(`communities: ${added} added (${inputs.length} official rows)`);
  const stored = added > 0 ? await lookup() : before;
  const byCode = new Map(stored.map((c) => [c.katottg, c]));
  return rows.map((row: HromadaRow) => {
    const found = byCode.get(row.katottg);
    if (!found) throw new Error(`community ${row.katottg} was not stored`);
    return { id: found.id, slug: found.slug, row };
  });
}

/** A table with a unique slug: rows that existed before under another id are found by it. */
type SlugDelegate<T> = Delegate<T> & {
  findMany(args: { where: { slug: { in: string[] } }; select: { id: true; slug: true } }): Promise<{ id: string; slug: string }[]>;
};

function storedSlugs(delegate: SlugDelegate<never>, rows: readonly { slug: string }[]): Promise<{ id: string; slug: string }[]> {
  return delegate.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, select: { id: true, slug: true } });
}

export async function seedDemo(prisma: PrismaClient, data: DemoDataset, log: (line: string) => void): Promise<void> {
  const ids = new IdMap();
  const bySlug = (rows: readonly { id: string; slug: string }[]) => rows.map((r): [string, string] => [r.slug, r.id]);
  /** Inserts rows keyed by slug and learns the ids of those that were already stored. */
  const insertBySlug = async <T extends { id: string; slug: string }>(
    name: string,
    delegate: SlugDelegate<NoInfer<T>>,
    rows: readonly T[],
    send = rows,
  ) => {
    log(`${name}: ${await insert(delegate, send)} added`);
    ids.learn(bySlug(rows), bySlug(await storedSlugs(delegate, rows)));
  };

  const users = data.users;
  log(`users: ${await insert(prisma.user, users)} added`);
  const storedUsers = await prisma.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  ids.learn(
    users.map((u) => [u.email, u.id]),
    storedUsers.map((u) => [u.email ?? "", u.id]),
  );

  // Organisations a previous run stored are not sent again.
  const orgs = data.organizations.map((o) => o.row);
  const knownOrgs = new Set((await storedSlugs(prisma.organization, orgs)).map((o) => o.slug));
  await insertBySlug(
    "organizations",
    prisma.organization,
    orgs,
    orgs.filter((o) => !knownOrgs.has(o.slug)),
  );

  // A community an official has already described keeps its own profile.
  const blank = new Set(
    (
      await prisma.community.findMany({
        where: { id: { in: data.communityProfiles.map((p) => p.community.id) }, hasProfile: false },
        select: { id: true },
      })
    ).map((c) => c.id),
  );
  let profiled = 0;
  for (const profile of data.communityProfiles.filter((p) => blank.has(p.community.id))) {
    profiled += (await prisma.community.updateMany({ where: { id: profile.community.id, hasProfile: false }, data: profile.data })).count;
  }
  log(`community profiles: ${profiled} filled in`);

  const partnerships = data.partnerships.map(({ row }) => ids.refs(row, ["organizationId", "partnerOrganizationId", "proposedById"]));
  await insertBySlug("partnerships", prisma.partnership, partnerships);
  const needs = data.needs.map(({ row }) => ids.refs(row, ["metByPartnershipId"]));
  await insertBySlug("needs", prisma.need, needs);
  const links = data.partnershipNeeds.map((l) => ids.refs(l, ["partnershipId", "needId"]));
  log(`partnership needs: ${await insert(prisma.partnershipNeed, links)} added`);
  const events = data.events.map((e) => ids.refs(e, ["organizationId", "createdById"]));
  await insertBySlug("events", prisma.event, events);
  const announcements = data.announcements.map((a) => ids.refs(a, ["organizationId", "createdById"]));
  await insertBySlug("announcements", prisma.announcement, announcements);
  const polls = data.polls.polls.map((p) => ids.refs(p, ["organizationId", "createdById"]));
  await insertBySlug("polls", prisma.poll, polls);
  // A poll that existed under another id has its own options and votes: leave them alone.
  const own = (pollId: string) => ids.isOwn(pollId);
  const options = data.polls.options.filter((o) => own(o.pollId)).map((o) => ids.refs(o, ["nominatedById"]));
  const participations = data.polls.participations.filter((p) => own(p.pollId)).map((p) => ids.refs(p, ["userId"]));
  const votes = data.polls.votes.filter((v) => own(v.pollId)).map((v) => ids.refs(v, ["userId"]));
  const tallies = data.polls.tallies.filter((t) => own(t.pollId));
  log(`poll options: ${await insert(prisma.pollOption, options)} added`);
  log(`poll tallies: ${await insert(prisma.pollTally, tallies)} added`);
  log(`poll participations: ${await insert(prisma.pollParticipation, participations)} added`);
  log(`votes: ${await insert(prisma.vote, votes)} added`);

  const memberships = data.moderation.memberships.map((m) => ids.refs(m, ["userId", "organizationId", "decidedById"]));
  log(`memberships: ${await insert(prisma.membership, memberships)} added`);
  const storedMemberships = await prisma.membership.findMany({
    where: { userId: { in: [...new Set(memberships.map((m) => m.userId))] } },
    select: { id: true, userId: true, organizationId: true, communityId: true },
  });
  const membershipKey = (m: { userId: string; organizationId?: string | null; communityId?: string | null }) =>
    `${m.userId}|${m.organizationId ?? ""}|${m.communityId ?? ""}`;
  ids.learn(
    memberships.map((m) => [membershipKey(m), m.id]),
    storedMemberships.map((m) => [membershipKey(m), m.id]),
  );

  const reports = data.moderation.reports.map((r) => ids.refs(r, ["targetId", "reporterId", "resolvedById"]));
  log(`reports: ${await insert(prisma.report, reports)} added`);
  const auditLogs = data.moderation.auditLogs.map((a) => ids.refs(a, ["actorId", "targetId"]));
  log(`audit log: ${await insert(prisma.auditLog, auditLogs)} added`);
  const follows = data.moderation.follows.map((f) => ids.refs(f, ["userId", "targetId"]));
  log(`follows: ${await insert(prisma.follow, follows)} added`);
}

/** What `seed` reports: how many rows of each kind exist. */
const counters: Record<string, (prisma: PrismaClient) => Promise<number>> = {
  communities: (p) => p.community.count(),
  communityProfiles: (p) => p.community.count({ where: { hasProfile: true } }),
  organizations: (p) => p.organization.count(),
  users: (p) => p.user.count(),
  memberships: (p) => p.membership.count(),
  needs: (p) => p.need.count(),
  partnerships: (p) => p.partnership.count(),
  partnershipNeeds: (p) => p.partnershipNeed.count(),
  events: (p) => p.event.count(),
  announcements: (p) => p.announcement.count(),
  polls: (p) => p.poll.count(),
  pollOptions: (p) => p.pollOption.count(),
  pollTallies: (p) => p.pollTally.count(),
  pollParticipations: (p) => p.pollParticipation.count(),
  votes: (p) => p.vote.count(),
  reports: (p) => p.report.count(),
  auditLogs: (p) => p.auditLog.count(),
  follows: (p) => p.follow.count(),
};

export async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const names = Object.keys(counters);
  const counts = await Promise.all(names.map((name) => counters[name]!(prisma)));
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
}

/** Seeds and returns how many rows of each kind exist afterwards. */
export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<Record<string, number>> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const communities = await seedOfficial(prisma, now, log);
  if (options.demo) await seedDemo(prisma, buildDemoDataset(communities, now), log);
  return countRows(prisma);
}
