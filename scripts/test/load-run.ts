// The load of npm run test:load (and the short loads of test:faults): R readers over public pages
// and APIs, W writers making real writes through the app's forms as signed-in demo people. Every
// writer keeps what the app acknowledged; verifyWrites() then counts the database: everything
// acknowledged is stored, nothing is stored twice, nothing refused is stored.
import { randomUUID } from "node:crypto";
import { inputValues, loadForm, submitForm, type Client } from "./action-form";
import { signInDemoPeople, type DemoPerson, type Sql } from "./demo-sessions";

/** "form": a writer loading the form it will post; "write": the post itself. */
export type RequestClass = "page" | "search" | "api" | "map" | "export" | "form" | "write";

export interface LoadStats {
  latencies: Record<RequestClass, number[]>;
  statuses: Map<number, number>;
  fiveXX: number;
  tooMany: number;
  /** Sockets that failed (refused, reset): no HTTP answer at all. */
  networkErrors: number;
  total: number;
  seconds: number;
}

/** What the app acknowledged, and what it did not, per kind of write; keys name the row. */
export interface WriteLog {
  tag: string;
  organizations: { acknowledged: Map<string, string>; unacknowledged: Set<string> }; // name → slug
  needs: { acknowledged: Set<string>; unacknowledged: Set<string> }; // title
  votes: { acknowledged: Set<string>; unacknowledged: Set<string>; secondVoteRefused: number; secondVoteCounted: number }; // userId|pollId
  refusals: Map<string, number>;
}

export interface Setup {
  readPaths: { path: string; kind: RequestClass }[];
  members: DemoPerson[];
  official: DemoPerson & { communitySlug: string };
}

const MEMBER_EMAILS = [
  "member@demo.example",
  "olena.kravets@demo.example",
  "petro.shevchuk@demo.example",
  "anna.schneider@demo.example",
  "yulia.bondarenko@demo.example",
  "maksym.lysenko@demo.example",
  "sofia.tkachuk@demo.example",
  "dmytro.hnatiuk@demo.example",
  "kateryna.oliinyk@demo.example",
  "jan.nowak@demo.example",
  "representative@demo.example",
];

/** Needs the database (before the server opens the embedded store, which allows one process). */
export async function prepareLoad(sql: Sql): Promise<Setup> {
  const org = await sql.query<{ slug: string }>(
    `SELECT slug FROM "Organization" WHERE status = 'PUBLISHED' AND "hiddenAt" IS NULL ORDER BY slug LIMIT 1`,
  );
  const community = await sql.query<{ slug: string }>(
    `SELECT slug FROM "Community" WHERE status = 'PUBLISHED' AND "hiddenAt" IS NULL ORDER BY slug LIMIT 1`,
  );
  const officialCommunity = await sql.query<{ slug: string }>(
    `SELECT c.slug FROM "Membership" m JOIN "Community" c ON c.id = m."communityId" JOIN "User" u ON u.id = m."userId"
     WHERE u.email = 'official@demo.example' AND m.role = 'OFFICIAL' AND m.status = 'VERIFIED' LIMIT 1`,
  );
  if (!org.rows[0] || !community.rows[0] || !officialCommunity.rows[0]) throw new Error("the database holds no demo content");
  // Requested in turn, round and round.
  const visit = (path: string, kind: RequestClass) => ({ path, kind });
  const readPaths = [
    visit("/en", "page"),
    visit("/uk", "page"),
    visit("/en/organizations", "page"),
    visit("/uk/communities", "page"),
    visit("/en/organizations?q=school", "search"),
    visit("/uk/organizations?q=освіта", "search"),
    visit("/en/communities?q=lviv", "search"),
    visit(`/en/organizations/${org.rows[0].slug}`, "page"),
    visit(`/uk/communities/${community.rows[0].slug}`, "page"),
    visit("/en/events", "page"),
    visit("/en/needs", "page"),
    visit("/api/v1/map?bbox=-30,30,45,72&zoom=4&locale=en", "map"),
    visit("/api/v1/map?bbox=22,44,40,53&zoom=6&locale=uk&layer=communities", "map"),
    visit("/api/v1/organizations?q=school", "api"),
    visit("/api/v1/communities?oblast=UA46", "api"),
    visit("/api/v1/organizations.csv?country=DE", "export"),
  ];
  const members = await signInDemoPeople(sql, MEMBER_EMAILS);
  const [official] = await signInDemoPeople(sql, ["official@demo.example"]);
  return { readPaths, members, official: { ...official!, communitySlug: officialCommunity.rows[0].slug } };
}

export function newWriteLog(): WriteLog {
  return {
    tag: `L${Date.now().toString(36)}${randomUUID().slice(0, 4)}`,
    organizations: { acknowledged: new Map(), unacknowledged: new Set() },
    needs: { acknowledged: new Set(), unacknowledged: new Set() },
    votes: { acknowledged: new Set(), unacknowledged: new Set(), secondVoteRefused: 0, secondVoteCounted: 0 },
    refusals: new Map(),
  };
}

export function newStats(): LoadStats {
  return {
    latencies: { page: [], search: [], api: [], map: [], export: [], form: [], write: [] },
    statuses: new Map(),
    fiveXX: 0,
    tooMany: 0,
    networkErrors: 0,
    total: 0,
    seconds: 0,
  };
}

function record(stats: LoadStats, kind: RequestClass, status: number, ms: number): void {
  stats.total++;
  stats.latencies[kind].push(ms);
  stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
  if (status >= 500) stats.fiveXX++;
  if (status === 429) stats.tooMany++;
}

/** A distinct client address per simulated person (documentation range 198.18.0.0/15). */
const address = (n: number) => `198.18.${(n >> 8) & 255}.${n & 255}`;

async function timed<T>(stats: LoadStats, kind: RequestClass, run: () => Promise<{ status: number; value: T }>): Promise<T | undefined> {
  const began = performance.now();
  try {
    const { status, value } = await run();
    record(stats, kind, status, performance.now() - began);
    return value;
  } catch {
    stats.total++;
    stats.networkErrors++;
    await new Promise((resolve) => setTimeout(resolve, 100)); // a dead server is not hammered
    return undefined;
  }
}

async function reader(base: string, n: number, setup: Setup, stats: LoadStats, until: number): Promise<void> {
  let i = n;
  while (Date.now() < until) {
    const target = setup.readPaths[i++ % setup.readPaths.length]!;
    await timed(stats, target.kind, async () => {
      const response = await fetch(base + target.path, { headers: { "X-Forwarded-For": address(n) }, redirect: "manual" });
      await response.arrayBuffer();
      return { status: response.status, value: null };
    });
  }
}

const refused = (log: WriteLog, why: string): void => void log.refusals.set(why, (log.refusals.get(why) ?? 0) + 1);
/** The form's result line (components/forms/form-message.tsx), or the start of what came back. */
const said = (body: string | undefined) =>
  !body
    ? ""
    : ` "${(
        /role="status"[^>]*>([^<]+)</.exec(body)?.[1] ??
        body
          .replace(/<[^>]+>/g, " ")
          .trim()
          .slice(0, 60)
      ).trim()}"`;

async function registerOrganization(client: Client, log: WriteLog, stats: LoadStats, label: string): Promise<void> {
  const form = await timed(stats, "form", async () => {
    const page = await loadForm(client, "/en/organizations/new", "kind");
    return { status: page.status, value: page.form };
  });
  if (!form) return refused(log, "organization: no form");
  const name = `${log.tag} organisation ${label}`;
  const fields: [string, string][] = [
    ["kind", "CIVIL_SOCIETY"],
    ["nameEn", name],
    ["country", "DE"],
    ["city", "Berlin"],
    ["locale", "en"],
  ];
  const answer = await timed(stats, "write", async () => {
    const result = await submitForm(client, "/en/organizations/new", form, fields);
    return { status: result.status, value: result };
  });
  const slug = answer?.status === 303 ? /[?&]registered=([^&]+)/.exec(answer.location ?? "")?.[1] : undefined;
  if (slug) log.organizations.acknowledged.set(name, decodeURIComponent(slug));
  else {
    log.organizations.unacknowledged.add(name);
    refused(log, `organization: ${answer ? `${answer.status}${said(answer.body)}` : "no answer"}`);
  }
}

async function createNeed(client: Client, log: WriteLog, stats: LoadStats, setup: Setup, label: string): Promise<void> {
  const path = `/en/communities/${setup.official.communitySlug}/needs/new`;
  const form = await timed(stats, "form", async () => {
    const page = await loadForm(client, path, "communityId");
    return { status: page.status, value: page.form };
  });
  if (!form) return refused(log, "need: no form");
  const title = `${log.tag} need ${label}`;
  const fields: [string, string][] = [
    ["titleEn", title],
    ["sector", "EDUCATION_YOUTH"],
    ["urgency", "MEDIUM"],
    ["currency", "EUR"],
    ["locale", "en"],
  ];
  const answer = await timed(stats, "write", async () => {
    const result = await submitForm(client, path, form, fields);
    return { status: result.status, value: result };
  });
  if (answer?.status === 303 && /\/matches$/.test(answer.location ?? "")) log.needs.acknowledged.add(title);
  else {
    log.needs.unacknowledged.add(title);
    refused(log, `need: ${answer ? `${answer.status}${said(answer.body)}` : "no answer"}`);
  }
}

const VOTED = "Thank you, your vote has been counted.";
const ALREADY = "You have already voted in this poll.";

/** Votes once in each open poll this person has not voted in, then tries the same poll again. */
async function vote(
  client: Client,
  person: DemoPerson,
  poll: { slug: string; id: string },
  log: WriteLog,
  stats: LoadStats,
): Promise<void> {
  const path = `/en/polls/${poll.slug}`;
  const form = await timed(stats, "form", async () => {
    const page = await loadForm(client, path, "pollId");
    return { status: page.status, value: page.form };
  });
  if (!form) return refused(log, "vote: no form");
  const optionId = inputValues(form, "optionId")[0];
  if (!optionId) return refused(log, "vote: no option");
  const key = `${person.userId}|${poll.id}`;
  const answer = await timed(stats, "write", async () => {
    const result = await submitForm(client, path, form, [["optionId", optionId]]);
    return { status: result.status, value: result };
  });
  if (answer?.status === 200 && answer.body.includes(VOTED)) log.votes.acknowledged.add(key);
  else {
    log.votes.unacknowledged.add(key);
    return refused(log, `vote: ${answer ? `${answer.status}${said(answer.body)}` : "no answer"}`);
  }
  const again = await timed(stats, "write", async () => {
    const result = await submitForm(client, path, form, [["optionId", optionId]]);
    return { status: result.status, value: result };
  });
  if (again?.body.includes(ALREADY)) log.votes.secondVoteRefused++;
  else if (again?.body.includes(VOTED)) log.votes.secondVoteCounted++;
}

async function writer(
  base: string,
  n: number,
  setup: Setup,
  polls: Map<string, { slug: string; id: string }[]>,
  log: WriteLog,
  stats: LoadStats,
  until: number,
): Promise<void> {
  // A third of the writers are the community's official registering needs; the others are members
  // who first vote in the open polls they have not voted in, then register organisations.
  const isOfficial = n % 3 === 1;
  const person = isOfficial ? setup.official : setup.members[n % setup.members.length]!;
  const client: Client = { base, cookie: person.cookie, forwardedFor: address(10_000 + n) };
  const ballots = isOfficial ? [] : [...(polls.get(person.userId) ?? [])];
  polls.set(person.userId, []); // a person shared by two writers votes once, from one of them
  let i = 0;
  while (Date.now() < until) {
    const label = `w${n}-${i++}`;
    if (isOfficial) await createNeed(client, log, stats, setup, label);
    else if (ballots.length) await vote(client, person, ballots.shift()!, log, stats);
    else await registerOrganization(client, log, stats, label);
  }
}

/** Open polls each member may still vote in (the seed leaves some for each). */
export async function openBallots(sql: Sql, setup: Setup): Promise<Map<string, { slug: string; id: string }[]>> {
  const ballots = new Map<string, { slug: string; id: string }[]>();
  for (const person of setup.members) {
    const { rows } = await sql.query<{ slug: string; id: string }>(
      `SELECT p.slug, p.id FROM "Poll" p WHERE p.status = 'PUBLISHED' AND p."hiddenAt" IS NULL AND p.audience = 'SIGNED_IN'
         AND p."opensAt" <= now() AND p."closesAt" > now() + interval '10 minutes'
         AND NOT EXISTS (SELECT 1 FROM "PollParticipation" pp WHERE pp."pollId" = p.id AND pp."userId" = $1)
       ORDER BY p.slug`,
      [person.userId],
    );
    ballots.set(person.userId, rows);
  }
  return ballots;
}

export async function runLoad(options: {
  base: string;
  readers: number;
  writers: number;
  seconds: number;
  setup: Setup;
  ballots: Map<string, { slug: string; id: string }[]>;
  log: WriteLog;
  stats?: LoadStats;
}): Promise<LoadStats> {
  const stats = options.stats ?? newStats();
  const began = Date.now();
  const until = began + options.seconds * 1000;
  await Promise.all([
    ...Array.from({ length: options.readers }, (_, n) => reader(options.base, n, options.setup, stats, until)),
    ...Array.from({ length: options.writers }, (_, n) =>
      writer(options.base, n, options.setup, options.ballots, options.log, stats, until),
    ),
  ]);
  stats.seconds = (Date.now() - began) / 1000;
  return stats;
}

export interface WriteCheck {
  lines: string[];
  acknowledged: number;
  found: number;
  /** Acknowledged but missing, or stored twice. */
  broken: string[];
  /** Stored although the app did not acknowledge it: a broken promise when the app answered
   *  "not saved"; expected for a write in flight when the process was killed. */
  strays: string[];
}

export async function verifyWrites(sql: Sql, log: WriteLog): Promise<WriteCheck> {
  const broken: string[] = [];
  const strays: string[] = [];
  const orgs = await sql.query<{ name: string; slug: string }>(
    `SELECT name->>'en' AS name, slug FROM "Organization" WHERE name->>'en' LIKE $1`,
    [`${log.tag} %`],
  );
  const needs = await sql.query<{ title: string }>(`SELECT title->>'en' AS title FROM "Need" WHERE title->>'en' LIKE $1`, [`${log.tag} %`]);
  const voteKeys = [...log.votes.acknowledged, ...log.votes.unacknowledged];
  const votes = voteKeys.length
    ? await sql.query<{ key: string; n: number }>(
        `SELECT "userId" || '|' || "pollId" AS key, count(*)::int AS n FROM "PollParticipation" WHERE "userId" || '|' || "pollId" = ANY($1::text[]) GROUP BY 1`,
        [voteKeys],
      )
    : { rows: [] };

  const orgCount = new Map<string, number>();
  for (const row of orgs.rows) orgCount.set(row.name, (orgCount.get(row.name) ?? 0) + 1);
  for (const [name, slug] of log.organizations.acknowledged) {
    if (!orgs.rows.some((row) => row.name === name && row.slug === slug))
      broken.push(`organisation "${name}" acknowledged as ${slug} but not stored`);
  }
  for (const [name, n] of orgCount) {
    if (n > 1) broken.push(`organisation "${name}" stored ${n} times`);
    if (!log.organizations.acknowledged.has(name)) strays.push(`organisation "${name}" stored although the app did not acknowledge it`);
  }
  const needCount = new Map<string, number>();
  for (const row of needs.rows) needCount.set(row.title, (needCount.get(row.title) ?? 0) + 1);
  for (const title of log.needs.acknowledged) if (!needCount.has(title)) broken.push(`need "${title}" acknowledged but not stored`);
  for (const [title, n] of needCount) {
    if (n > 1) broken.push(`need "${title}" stored ${n} times`);
    if (!log.needs.acknowledged.has(title)) strays.push(`need "${title}" stored although the app did not acknowledge it`);
  }
  const voteFound = new Set(votes.rows.map((row) => row.key));
  for (const key of log.votes.acknowledged) if (!voteFound.has(key)) broken.push(`vote ${key} acknowledged but not stored`);
  for (const key of voteFound)
    if (!log.votes.acknowledged.has(key)) strays.push(`vote ${key} stored although the app did not acknowledge it`);
  if (log.votes.secondVoteCounted) broken.push(`${log.votes.secondVoteCounted} second vote(s) in the same poll were counted`);

  const acknowledged = log.organizations.acknowledged.size + log.needs.acknowledged.size + log.votes.acknowledged.size;
  const found = orgs.rows.length + needs.rows.length + voteFound.size;
  const lines = [
    `organisations registered: acknowledged ${log.organizations.acknowledged.size}, found ${orgs.rows.length} (not acknowledged: ${log.organizations.unacknowledged.size})`,
    `needs created:            acknowledged ${log.needs.acknowledged.size}, found ${needs.rows.length} (not acknowledged: ${log.needs.unacknowledged.size})`,
    `votes cast:               acknowledged ${log.votes.acknowledged.size}, found ${voteFound.size}; second votes refused ${log.votes.secondVoteRefused}, counted ${log.votes.secondVoteCounted}`,
    ...(log.refusals.size ? [`not acknowledged, by answer: ${[...log.refusals].map(([why, n]) => `${why} ×${n}`).join(", ")}`] : []),
  ];
  return { lines, acknowledged, found, broken, strays };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function latencyTable(stats: LoadStats): string[] {
  const lines = ["class     requests     p50      p95      p99"];
  for (const [kind, values] of Object.entries(stats.latencies)) {
    if (!values.length) continue;
    const sorted = [...values].sort((a, b) => a - b);
    const ms = (v: number) => `${Math.round(v)} ms`.padStart(8);
    lines.push(
      `${kind.padEnd(8)} ${String(values.length).padStart(9)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(percentile(sorted, 99))}`,
    );
  }
  return lines;
}
