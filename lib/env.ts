// Environment variables the app and its scripts read, parsed once with zod so a typo fails
// loudly at start-up instead of surfacing as odd behaviour later.
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

/** An optional URL; set but empty counts as unset. */
const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL 15+. Unset: the embedded PGlite store in PGLITE_DIR. */
  DATABASE_URL: optionalUrl,
  PGLITE_DIR: z.string().default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Load invented demo organisations, needs, events… on first start. Default: yes on the
   *  embedded store, no with DATABASE_URL (a real database gets demo accounts only when asked). */
  SEED_DEMO: booleanFlag,
  /** The site's public origin, e.g. https://atlas.example. Every absolute URL is built from it
   *  (lib/site/origin.ts). Unset: the zero-install demo at http://127.0.0.1:PORT. */
  AUTH_URL: optionalUrl,
  /** Where the server listens when the origin is not loopback (default: every address). */
  LISTEN_ADDRESS: z.string().optional(),
  /** Signs session cookies and tokens. `npm start` creates one in .data/auth-secret when unset. */
  AUTH_SECRET: z.string().min(16).optional(),
  /** SMTP URL for sign-in links and notices, e.g. smtp://user:pass@mail.example:587. Unset: the
   *  message goes to the server log and the development outbox (lib/email/outbox.ts). */
  EMAIL_SERVER: optionalUrl,
  EMAIL_FROM: z.string().default("Diaspora Atlas <no-reply@atlas.localhost>"),
  /** Offers "sign in as a demo account" and the outbox page. Never on unless set explicitly;
   *  `npm start` sets it for the embedded demo database. */
  DEMO_SIGN_IN: booleanFlag.transform((value) => value ?? false),
  /** Optional OAuth: each provider is offered when both its variables are set. */
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /** Proxies in front of the app that append the address they saw to X-Forwarded-For (0: the
   *  app faces clients directly, so X-Forwarded-For is ignored). lib/http/client-address.ts */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  /** Redis for rate-limit counters, e.g. redis://127.0.0.1:6379. Unset: they live in the database. */
  REDIS_URL: optionalUrl,
  /** The least severe log lines written (lib/log/logger.ts); "silent" writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where evidence files (photos, PDFs) are kept on local disk when S3_BUCKET is unset
   *  (lib/files/local-store.ts). Relative paths are from the working directory. */
  FILES_DIR: z.string().default(".data/files"),
  /** S3-compatible bucket for evidence files (AWS S3, Cloudflare R2, MinIO…). Set: files go there
   *  instead of FILES_DIR (lib/files/s3-store.ts). The S3_* variables below only apply then.
   *  Set but empty counts as unset. */
  S3_BUCKET: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  /** The service's URL, e.g. https://<account>.r2.cloudflarestorage.com. Unset: AWS S3. */
  S3_ENDPOINT: optionalUrl,
  /** Region for request signing. R2 and most S3-compatible servers accept "us-east-1" (R2 reads
   *  it as "auto"). */
  S3_REGION: z
    .string()
    .optional()
    .transform((value) => value || "us-east-1"),
  /** Unset: the AWS SDK's own credential chain (AWS_ACCESS_KEY_ID…, instance roles). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Address buckets as ENDPOINT/BUCKET/KEY instead of BUCKET.ENDPOINT/KEY. Default: on when
   *  S3_ENDPOINT is set (MinIO and most self-hosted servers need it), off for AWS. */
  S3_FORCE_PATH_STYLE: booleanFlag,
});

export type Env = Omit<z.infer<typeof envSchema>, "SEED_DEMO"> & { SEED_DEMO: boolean };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return { ...parsed.data, SEED_DEMO: parsed.data.SEED_DEMO ?? !parsed.data.DATABASE_URL };
}
