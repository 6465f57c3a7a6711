// Signs demo people in the way lib/auth/demo-sign-in.ts does — a next-auth Session row and its
// cookie — written straight to the database: posting the sign-in page's own action is what a
// browser test does; a load test only needs to be someone. Everything after this goes through
// the app's HTTP surface.
import { randomBytes, randomUUID } from "node:crypto";
import { SESSION_COOKIE_NAMES } from "../../lib/auth/session-cookie";

/** pg.Client and PGlite both answer this. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface DemoPerson {
  email: string;
  userId: string;
  /** The Cookie header of a fresh session (http origin: the plain cookie name). */
  cookie: string;
}

export async function signInDemoPeople(sql: Sql, emails: string[]): Promise<DemoPerson[]> {
  const people: DemoPerson[] = [];
  for (const email of emails) {
    const { rows } = await sql.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1 AND "isDemo" AND "blockedAt" IS NULL`, [
      email,
    ]);
    if (!rows[0]) throw new Error(`no demo account ${email}: was the database seeded with the demo content?`);
    const token = randomBytes(32).toString("hex");
    await sql.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [
      `load-${randomUUID()}`,
      token,
      rows[0].id,
    ]);
    people.push({ email, userId: rows[0].id, cookie: `${SESSION_COOKIE_NAMES[0]}=${token}` });
  }
  return people;
}
