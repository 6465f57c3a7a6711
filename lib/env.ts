// Environment variables the app and its scripts read, parsed once with zod so a typo fails
// loudly at start-up instead of surfacing as odd behaviour later.
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL 15+. Unset: the embedded PGlite store in PGLITE_DIR. */
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Load invented demo organisations, needs, events… on first start (default yes). */
  SEED_DEMO: booleanFlag.transform((value) => value ?? true),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}
