// What must never reach a log line or a public answer: credentials, tokens and people's
// addresses. Two layers: pino drops these fields by name wherever a caller put them (REDACT_PATHS),
// and free text (messages, error messages and stacks, paths) is scrubbed by pattern, because
// drivers and libraries quote what they were given: Prisma and pg echo connection strings.

const SECRET_FIELDS = [
  "email",
  "to",
  "password",
  "token",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "DATABASE_URL",
  "REDIS_URL",
  "EMAIL_SERVER",
  "AUTH_SECRET",
  "connectionString",
];

/** pino `redact` paths: each field at the top level and up to two objects down (`err.meta.…`). */
export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`;
  const member = key.startsWith("[") ? key : `.${key}`;
  return [key, `*${member}`, `*.*${member}`];
});

export const REDACTED = "[redacted]";

const patterns: [RegExp, string][] = [
  // Any URL with credentials in it (postgresql://user:pass@…, redis://:pass@…, smtp://…).
  [/\b([a-z][a-z0-9+.-]*):\/\/[^\s"'/@]*@[^\s"']*/gi, `$1://${REDACTED}`],
  // A PostgreSQL URL even without credentials: its host and database name are nobody's business.
  [/\bpostgres(?:ql)?:\/\/[^\s"']+/gi, `postgresql://${REDACTED}`],
  // Sign-in links, OAuth codes, session tokens passed in query strings.
  [/([?&](?:token|code|state|email|password|secret|callbackUrl)=)[^&#\s"']*/gi, `$1${REDACTED}`],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, `${REDACTED}@…`],
];

/** `text` with credentials, tokens and email addresses replaced. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
  return out;
}
