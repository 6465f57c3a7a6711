// Builds the template database every integration test file clones, from prisma/migrations
// with the same wasm-engine path production uses; drops it after the run.
import type { TestProject } from "vitest/node";
import { openDatabaseTarget } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/schema-engine";
import { createTestDatabase } from "../../scripts/test/provision";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTestDatabase("atlas_it_template");
  const target = await openDatabaseTarget({ DATABASE_URL: template.url });
  await applyMigrations(target.migrationFactory);
  await target.close();
  // PostgreSQL copies a template only while nobody is connected to it; the migration's pool
  // may still hold idle connections.
  await template.disconnectAll();
  project.provide("templateDatabaseUrl", template.url);
  return async () => {
    await template.drop();
  };
}
