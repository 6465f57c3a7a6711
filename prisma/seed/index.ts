// Seeds the database: the official communities always, the demo content on request.
// Idempotent: rows carry deterministic ids and natural keys (katottg, slug, email), every insert
// is createMany({ skipDuplicates: true }), and profile updates only touch communities without a
// profile. A second run therefore adds nothing and changes nothing. No `server-only`: the CLI
// (scripts/db/seed.mts) and tests import this.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ImageRefusal, ReencodedImage } from "../../lib/files/image";
import { IMAGE_CONTENT_TYPE, THUMB_CONTENT_TYPE } from "../../lib/files/limits";
import type { FileStore } from "../../lib/files/store";
import { buildDemoDataset, type DemoDataset, type DemoEvidence, type OfficialCommunity } from "./demo";
import { startOfUtcDay } from "./demo/common";
import { seedDialogues } from "./demo/dialogues";
import { writePriorities } from "./demo/priorities";
import { communityInputs, officialRows, readHromadasCsv, type HromadaRow } from "./official";
import { chunk } from "./util";

export interface SeedOptions {
  demo: boolean;
  log?: (line: string) => void;
  /** The seeding moment; demo dates are relative to its UTC day. Defaults to now. */
  now?: Date;
  /** How the demo's evidence photos are made and stored; null leaves them (and their rows) out. Default: lib/files. */
  files?: EvidenceFiles | null;
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

export async function seedOfficial(
  prisma: PrismaClient,
  now: Date,
  log: (line: string) => void,
  rows: HromadaRow[] = officialRows(readHromadasCsv()),
): Promise<OfficialCommunity[]> {
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

/** What the demo's evidence photos need of lib/files: the store, the drawing and the upload path's re-encoding. */
export interface EvidenceFiles {
  store: FileStore;
  demoEvidenceImage(seed: string, label: string): Promise<Buffer>;
  reencodeImage(bytes: Buffer, format: "jpeg"): Promise<ReencodedImage | ImageRefusal>;
  /** Pixel size of a stored photo (its header only). */
  imageSize(bytes: Buffer): Promise<{ width: number; height: number }>;
}

/**
 * lib/files for the seed: the modules behind lib/files/evidence.ts, which carry no "server-only"
 * marker so that scripts can load them (lib/files/evidence.ts says why).
 */
export async function loadEvidenceFiles(): Promise<EvidenceFiles> {
  const require = createRequire(import.meta.url);
  // Through require where TypeScript loads that way (tsx, also in a worker thread), else import()
  // (vitest) by absolute URL: tsx may run this module from a data: URL, against which relative
  // and bare specifiers of import() do not resolve.
  const load = async <T>(file: string): Promise<T> => {
    const url = new URL(`../../lib/files/${file}.ts`, import.meta.url);
    try {
      return require(fileURLToPath(url)) as T;
    } catch {
      return (await import(url.href)) as T;
    }
  };
  const [{ fileStore }, { demoEvidenceImage }, { reencodeImage }] = await Promise.all([
    load<typeof import("../../lib/files/file-store")>("file-store"),
    load<typeof import("../../lib/files/demo-image")>("demo-image"),
    load<typeof import("../../lib/files/image")>("image"),
  ]);
  const sharp = require("sharp") as (typeof import("sharp"))["default"];
  return {
    store: fileStore(),
    demoEvidenceImage,
    reencodeImage,
    imageSize: async (bytes) => {
      const { width, height } = await sharp(bytes).metadata();
      return { width: width ?? 0, height: height ?? 0 };
    },
  };
}

/** What an Evidence row says about its stored photo. */
interface StoredPhoto {
  contentType: string;
  size: number;
  width: number;
  height: number;
  sha256: string;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What a batch of photos came to: the rows' facts per evidence id, and how many were drawn or found. */
interface PhotoBatch {
  stored: [id: string, photo: StoredPhoto][];
  drawn: number;
  present: number;
}

/**
 * Makes sure each photo and its thumbnail are in the store: drawn (demoEvidenceImage), re-encoded
 * exactly like an upload (metadata dropped, thumbnail made) and stored under the demo's own keys,
 * only when the store does not have them yet; a photo already on file is read, not drawn again.
 */
async function storeDemoPhotos(photos: readonly DemoEvidence[], files: EvidenceFiles): Promise<PhotoBatch> {
  const out: PhotoBatch = { stored: [], drawn: 0, present: 0 };
  const one = async ({ row, image }: DemoEvidence) => {
    const [body, thumb] = await Promise.all([files.store.get(row.storedKey), files.store.get(row.thumbKey)]);
    if (body && thumb) {
      out.present++;
      const { width, height } = await files.imageSize(body.body);
      out.stored.push([row.id, { contentType: IMAGE_CONTENT_TYPE, size: body.body.length, width, height, sha256: sha256(body.body) }]);
      return;
    }
    const clean = await files.reencodeImage(await files.demoEvidenceImage(image.seed, image.label), "jpeg");
    if (!clean.ok) throw new Error(`demo photo ${row.storedKey} did not re-encode: ${clean.reason}`);
    await files.store.put(row.storedKey, clean.image, IMAGE_CONTENT_TYPE);
    await files.store.put(row.thumbKey, clean.thumb, THUMB_CONTENT_TYPE);
    out.drawn++;
    out.stored.push([
      row.id,
      { contentType: IMAGE_CONTENT_TYPE, size: clean.image.length, width: clean.width, height: clean.height, sha256: sha256(clean.image) },
    ]);
  };
  // Two at a time: one per core.
  const queue = [...photos];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await one(next);
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** The photo worker thread's entry: this module, loaded there through tsx's require hook (PHOTO_WORKER). */
export async function storeDemoPhotosInWorker(photos: readonly DemoEvidence[]): Promise<PhotoBatch> {
  return storeDemoPhotos(photos, await loadEvidenceFiles());
}

// A worker thread runs this (CommonJS, evaluated): it loads the seed module with tsx's require
// hook, which Node does not carry into workers by itself, and stores the photos it is sent.
const PHOTO_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
require(workerData.tsx).register();
require(workerData.module)
  .storeDemoPhotosInWorker(workerData.photos)
  .then((batch) => parentPort.postMessage({ batch }), (error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/** Stores the photos in a worker thread; rejects when the worker cannot (the caller then does it here). */
function storeDemoPhotosInThread(photos: readonly DemoEvidence[]): Promise<PhotoBatch> {
  return new Promise((resolve, reject) => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
    const worker = new Worker(PHOTO_WORKER, { eval: true, workerData: { tsx, module: fileURLToPath(import.meta.url), photos } });
    const done = (settle: () => void) => {
      worker.removeAllListeners();
      void worker.terminate();
      settle();
    };
    worker.on("message", (message: { batch?: PhotoBatch; error?: string }) =>
      done(() => (message.batch ? resolve(message.batch) : reject(new Error(message.error ?? "the photo worker failed")))),
    );
    worker.on("error", (error) => done(() => reject(error)));
    worker.on("exit", (code) => done(() => reject(new Error(`the photo worker stopped (exit ${code})`))));
  });
}

/**
 * The demo's evidence photos, made while the rows go in. Drawing and re-encoding take ~0.3 s of
 * CPU a photo; libvips runs them off the main thread, but the embedded database answers through
 * promises alone and so never lets the main thread's event loop collect finished jobs until the
 * rows are in. So the photos are made in a worker thread, with its own event loop, beside the
 * inserts; where no worker can load the TypeScript (vitest), here. Never rejects: a failure is
 * kept for `settle`.
 */
export class DemoPhotos {
  /** Evidence id → what its row says about the stored photo. */
  readonly stored = new Map<string, StoredPhoto>();
  drawn = 0;
  present = 0;
  /** Where the last batch was made. */
  where = "";
  private readonly started = performance.now();
  private finished = this.started;
  private failure: unknown = null;
  private work: Promise<void> = Promise.resolve();

  /** `files`: make the photos with these, in this thread; null: make none. Default: lib/files, in a worker thread. */
  constructor(private readonly files?: EvidenceFiles | null) {}

  /** Queues these photos (those not already handled). */
  add(photos: readonly DemoEvidence[]): void {
    this.work = this.work.then(async () => {
      const todo = photos.filter((p) => !this.stored.has(p.row.id));
      if (this.files === null || this.failure || todo.length === 0) return;
      try {
        const here = async (why?: unknown) => {
          this.where = why
            ? `in this thread (no worker: ${why instanceof Error ? why.message.split("\n")[0] : String(why)})`
            : "in this thread";
          return storeDemoPhotos(todo, this.files ?? (await loadEvidenceFiles()));
        };
        this.where = "in a worker thread";
        const batch = this.files ? await here() : await storeDemoPhotosInThread(todo).catch(here);
        for (const [id, photo] of batch.stored) this.stored.set(id, photo);
        this.drawn += batch.drawn;
        this.present += batch.present;
      } catch (error) {
        this.failure = error;
      } finally {
        this.finished = performance.now();
      }
    });
  }

  /** Waits for the queued work: the failure if there was one, and when the work was done. */
  async settle(): Promise<{ failure: unknown; seconds: number }> {
    await this.work;
    return { failure: this.failure, seconds: (this.finished - this.started) / 1000 };
  }
}

export interface SeedDemoOptions {
  /** The photos' work, when the caller started it early (seed does); else started here with lib/files. */
  photos?: DemoPhotos;
}

export async function seedDemo(
  prisma: PrismaClient,
  data: DemoDataset,
  log: (line: string) => void,
  { photos = new DemoPhotos() }: SeedDemoOptions = {},
): Promise<void> {
  const evidence = data.recovery.evidence;
  photos.add(evidence);

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

  // Recovery plans. A partnership that existed under another id keeps its own plan.
  const recovery = data.recovery;
  const rates = recovery.exchangeRates.map((r) => ids.refs(r, ["setById"]));
  log(`exchange rates: ${await insert(prisma.exchangeRate, rates)} added`);
  const milestones = recovery.milestones
    .filter((m) => ids.isOwn(m.partnershipId))
    .map((m) => ids.refs(m, ["createdById", "confirmedById"]));
  const planned = new Set(milestones.map((m) => m.id));
  const ofPlanned = <T extends { milestoneId: string }>(rows: readonly T[]) => rows.filter((r) => planned.has(r.milestoneId));
  log(`milestones: ${await insert(prisma.milestone, milestones)} added`);
  const milestoneNeeds = ofPlanned(recovery.milestoneNeeds).map((l) => ids.refs(l, ["needId"]));
  log(`milestone needs: ${await insert(prisma.milestoneNeed, milestoneNeeds)} added`);
  const transactions = ofPlanned(recovery.transactions).map((t) => ids.refs(t, ["recordedById"]));
  log(`aid transactions: ${await insert(prisma.aidTransaction, transactions)} added`);

  const waitStarted = performance.now();
  const { failure, seconds } = await photos.settle();
  const waited = (performance.now() - waitStarted) / 1000;
  if (failure) {
    log(`evidence photos: left out (${failure instanceof Error ? failure.message : String(failure)})`);
  } else {
    log(
      `evidence photos: ${photos.drawn} drawn and stored, ${photos.present} already on file ${photos.where} (ready ${seconds.toFixed(1)} s after they were started, ${waited.toFixed(1)} s waited for here)`,
    );
  }
  // A row only for a photo that is on file.
  const evidenceRows = ofPlanned(evidence.map((e) => e.row)).flatMap((row) => {
    const photo = photos.stored.get(row.id);
    return photo ? [{ ...ids.refs(row, ["uploadedById"]), ...photo }] : [];
  });
  log(`evidence: ${await insert(prisma.evidence, evidenceRows)} added`);
  const questions = ofPlanned(recovery.questions).map((q) => ids.refs(q, ["authorId", "answeredById"]));
  log(`milestone questions: ${await insert(prisma.milestoneQuestion, questions)} added`);

  await writePriorities(prisma, data.priorities, (id) => ids.refs({ id }, ["id"]).id, log);
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
  milestones: (p) => p.milestone.count(),
  milestoneNeeds: (p) => p.milestoneNeed.count(),
  aidTransactions: (p) => p.aidTransaction.count(),
  evidence: (p) => p.evidence.count(),
  milestoneQuestions: (p) => p.milestoneQuestion.count(),
  exchangeRates: (p) => p.exchangeRate.count(),
  dialogues: (p) => p.dialogue.count(),
  dialogueStatements: (p) => p.dialogueStatement.count(),
  dialogueVotes: (p) => p.dialogueVote.count(),
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
  const rows = officialRows(readHromadasCsv());
  let photos: DemoPhotos | undefined;
  if (options.demo) {
    // The photos take the longest on a first seed: start them now, for the dataset the official
    // rows will give (ids and slugs as communityInputs makes them), beside the communities' insert.
    // seedDemo then adds any photo of the actual dataset that this did not foresee.
    photos = new DemoPhotos(options.files);
    const inputs = communityInputs(rows, now);
    photos.add(
      buildDemoDataset(
        rows.map((row, i) => ({ id: inputs[i]?.id ?? "", slug: inputs[i]?.slug ?? "", row })),
        now,
      ).recovery.evidence,
    );
  }
  const communities = await seedOfficial(prisma, now, log, rows);
  if (photos) {
    await seedDemo(prisma, buildDemoDataset(communities, now), log, { photos });
    // Dialogues are written after the rest: they look up their owners and the session event by slug.
    log(`dialogues: ${await seedDialogues(prisma, startOfUtcDay(now))} added`);
  }
  return countRows(prisma);
}
