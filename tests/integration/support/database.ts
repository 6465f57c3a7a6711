// A fresh, migrated PostgreSQL database per test file, cloned from the run's template.
import { inject } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

function adminUrlFor(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

/** A name no other run uses, and its URL on the template's server. */
function newDatabase(templateUrl: string): { name: string; url: string } {
  const name = `atlas_it_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** CREATE or DROP DATABASE, which run outside the database they name. */
async function withAdmin(templateUrl: string, sql: string): Promise<void> {
  await queryDatabase(adminUrlFor(templateUrl), sql);
}

/**
 * A database cloned from the template, made in two steps: the name, URL and client at once (the
 * client connects on first use), the database itself by `create()`. fileDatabase() hands the
 * client out when a test file loads and creates the database in its beforeAll.
 */
export function planTestDatabase(): TestDatabase & { create(): Promise<void> } {
  const templateUrl = inject("templateDatabaseUrl");
  const template = new URL(templateUrl).pathname.slice(1);
  const { name, url } = newDatabase(templateUrl);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    url,
    prisma,
    create: () => withAdmin(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`),
    async drop() {
      await prisma.$disconnect();
      await withAdmin(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function cloneTestDatabase(): Promise<TestDatabase> {
  const database = planTestDatabase();
  await database.create();
  return database;
}

/** A new empty database (no migrations) on the same server, e.g. to restore a backup into. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const templateUrl = inject("templateDatabaseUrl");
  const { name, url } = newDatabase(templateUrl);
  await withAdmin(templateUrl, `CREATE DATABASE "${name}"`);
  return { url, drop: () => withAdmin(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Rows of one SQL statement, on a connection of its own (a database the app's client does not hold). */
export async function queryDatabase(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/**
 * Points the app's own database client (lib/db/client.ts, cached on globalThis) at `url` for the
 * code under test; `useAppDatabase(undefined)` gives the variable back as it was before a file ran.
 */
export function useAppDatabase(url: string | undefined): void {
  if (url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = url;
  delete (globalThis as { __atlasDb?: unknown }).__atlasDb;
}
