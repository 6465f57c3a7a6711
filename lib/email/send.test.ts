import { afterEach, describe, expect, it, vi } from "vitest";
import { readOutbox } from "./outbox";
import { mailStaysLocal, sendEmail } from "./send";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("sendEmail without a mail server", () => {
  it("keeps the message in the outbox and writes it to the log", async () => {
    vi.stubEnv("EMAIL_SERVER", "");
    const log = vi.spyOn(console, "info").mockImplementation(() => undefined);
    expect(mailStaysLocal()).toBe(true);
    await sendEmail({
      to: "someone@example.org",
      subject: "Sign in",
      text: "https://atlas.example/api/auth/callback/nodemailer?token=abc",
    });
    expect(readOutbox()[0]).toMatchObject({ to: "someone@example.org", subject: "Sign in" });
    expect(log.mock.calls.flat().join(" ")).toContain("token=abc");
  });

  it("keeps at most 50 messages, newest first", async () => {
    vi.stubEnv("EMAIL_SERVER", "");
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    for (let i = 0; i < 60; i++) await sendEmail({ to: `p${i}@example.org`, subject: String(i), text: "" });
    expect(readOutbox()).toHaveLength(50);
    expect(readOutbox()[0]!.subject).toBe("59");
  });

  it("says mail leaves the machine when an SMTP server is configured", () => {
    vi.stubEnv("EMAIL_SERVER", "smtp://127.0.0.1:2525");
    expect(mailStaysLocal()).toBe(false);
  });
});
