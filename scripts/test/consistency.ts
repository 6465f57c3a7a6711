// What must hold in the database after any crash, whatever was in flight: every transaction all or
// nothing, unique constraints intact. Checked with plain SQL so it runs the same on PostgreSQL and
// on the embedded store opened afresh.
import type { Sql } from "./demo-sessions";

const checks: { name: string; sql: string }[] = [
  ...(["ORGANIZATION", "COMMUNITY"] as const).flatMap((target) => {
    const table = target === "ORGANIZATION" ? "Organization" : "Community";
    const visible = `l.status = 'PUBLISHED' AND l."hiddenAt" IS NULL`;
    return (["SearchDocument", "SearchFacet", "SearchText"] as const).flatMap((projection) => [
      {
        name: `public ${table} rows without their ${projection} row`,
        sql: `SELECT count(*)::int AS n FROM "${table}" l WHERE ${visible}
              AND NOT EXISTS (SELECT 1 FROM "${projection}" p WHERE p."targetType" = '${target}' AND p."targetId" = l.id)`,
      },
      {
        name: `${projection} rows of a ${table} that is not public (or gone)`,
        sql: `SELECT count(*)::int AS n FROM "${projection}" p WHERE p."targetType" = '${target}'
              AND NOT EXISTS (SELECT 1 FROM "${table}" l WHERE l.id = p."targetId" AND ${visible})`,
      },
    ]);
  }),
  {
    name: "organisations registered by a person without the registrant's membership request",
    sql: `SELECT count(*)::int AS n FROM "Organization" o WHERE o."createdById" IS NOT NULL AND o.status = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = o.id AND m."userId" = o."createdById")`,
  },
  {
    name: "organisations registered by a person without their audit entry",
    sql: `SELECT count(*)::int AS n FROM "Organization" o WHERE o."createdById" IS NOT NULL AND o.status = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."targetId" = o.id AND a.action = 'organization.submitted')`,
  },
  {
    name: "poll participations without their vote (named polls) or tally (anonymous polls)",
    sql: `SELECT count(*)::int AS n FROM (
            SELECT p.id FROM "Poll" p
            WHERE (SELECT count(*) FROM "PollParticipation" pp WHERE pp."pollId" = p.id) >
                  CASE WHEN p."isAnonymous" THEN (SELECT coalesce(sum(t.count), 0) FROM "PollTally" t WHERE t."pollId" = p.id)
                       ELSE (SELECT count(DISTINCT v."userId") FROM "Vote" v WHERE v."pollId" = p.id) END) broken`,
  },
  // Read without indexes: a unique index damaged by a crash would hide its own duplicates.
  {
    name: "organisation slugs stored twice",
    sql: `SELECT count(*)::int AS n FROM (SELECT slug FROM "Organization" GROUP BY slug HAVING count(*) > 1) d`,
  },
  { name: "need slugs stored twice", sql: `SELECT count(*)::int AS n FROM (SELECT slug FROM "Need" GROUP BY slug HAVING count(*) > 1) d` },
  {
    name: "votes cast twice by one person in one poll",
    sql: `SELECT count(*)::int AS n FROM (SELECT 1 FROM "PollParticipation" GROUP BY "pollId", "userId" HAVING count(*) > 1) d`,
  },
  {
    name: "session tokens stored twice",
    sql: `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Session" GROUP BY "sessionToken" HAVING count(*) > 1) d`,
  },
];

/** The problems found (empty: consistent), each with its count. */
export async function checkConsistency(sql: Sql): Promise<string[]> {
  const problems: string[] = [];
  await sql.query("SET enable_indexscan = off");
  await sql.query("SET enable_bitmapscan = off");
  await sql.query("SET enable_indexonlyscan = off");
  try {
    for (const check of checks) {
      const { rows } = await sql.query<{ n: number }>(check.sql);
      if (rows[0]!.n > 0) problems.push(`${check.name}: ${rows[0]!.n}`);
    }
  } finally {
    await sql.query("RESET enable_indexscan");
    await sql.query("RESET enable_bitmapscan");
    await sql.query("RESET enable_indexonlyscan");
  }
  return problems;
}
