import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, log, logger, requestContext } from "./logger";
import { redactText } from "./redact";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: createLogger(stream, "info"), lines, raw };
}

describe("the logger", () => {
  it("keeps credentials, tokens and addresses out of fields, errors and messages", () => {
    const { logger: out, raw } = capture();
    // What Prisma / pg errors look like when a connection fails: the URL quoted in the message.
    const error = Object.assign(new Error('Can\'t reach database at "postgresql://atlas:s3cret-pw@db.internal:5432/atlas"'), {
      code: "P1001",
      meta: { email: "person@example.org" },
    });
    out.error(
      {
        err: error,
        action: "claim.submit",
        email: "person@example.org",
        user: { email: "person@example.org", password: "hunter22" },
        headers: { authorization: "Bearer abc.def", cookie: "authjs.session-token=xyz" },
        env: { DATABASE_URL: "postgresql://atlas:s3cret-pw@db.internal/atlas" },
        detail: "connect ECONNREFUSED redis://:s3cret-pw@db.internal:6379",
      },
      "could not email person@example.org with https://atlas.example/api/auth/callback/nodemailer?token=tok123&email=person%40example.org",
    );
    const line = raw.join("");
    for (const secret of [
      "s3cret-pw",
      "db.internal",
      "person@example.org",
      "person%40example.org",
      "hunter22",
      "abc.def",
      "xyz",
      "tok123",
    ]) {
      expect(line).not.toContain(secret);
    }
    const parsed = JSON.parse(line) as { err: { type: string; message: string; stack: string; code: string }; action: string };
    // Still useful: what failed, where, and why.
    expect(parsed.action).toBe("claim.submit");
    expect(parsed.err).toMatchObject({ type: "Error", code: "P1001" });
    expect(parsed.err.message).toContain("Can't reach database");
    expect(parsed.err.stack).toContain("logger.test.ts");
  });

  it("puts the request id of the surrounding request on every line, and none outside one", async () => {
    const { logger: out, lines } = capture();
    out.info("before");
    await requestContext.run({ requestId: "req-1" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      out.child({ action: "poll.vote" }).info("inside");
    });
    expect(lines.map((l) => [l.msg, l.requestId, l.action])).toEqual([
      ["before", undefined, undefined],
      ["inside", "req-1", "poll.vote"],
    ]);
  });

  it("log() is the process's logger, with bindings when asked", () => {
    expect(log()).toBe(logger);
    expect(log({ action: "x" }).bindings()).toMatchObject({ action: "x" });
  });
});

describe("redactText", () => {
  it("scrubs URLs with credentials, token parameters and email addresses, and leaves the rest", () => {
    expect(redactText("redis://:pw@cache:6379 down")).toBe("redis://[redacted] down");
    expect(redactText("smtp://user:pass@mail.example:587")).toBe("smtp://[redacted]");
    expect(redactText("/cb?code=abc&x=1")).toBe("/cb?code=[redacted]&x=1");
    expect(redactText("to a.b+c@mail.example.org")).toBe("to [redacted]@…");
    expect(redactText("timeout after 3000 ms on /en/organizations")).toBe("timeout after 3000 ms on /en/organizations");
  });
});
