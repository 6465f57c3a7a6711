// A real SMTP server in the test process (smtp-server), so the magic-link test reads the very
// message the app sent over the wire. The app is pointed at it by playwright.config.ts.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  to: string[];
  subject: string;
  /** The decoded plain-text part */
  text: string;
}

export async function startSmtpCapture(
  port: number,
): Promise<{ mails: CapturedMail[]; waitFor(to: string, timeoutMs?: number): Promise<CapturedMail>; close(): Promise<void> }> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (raw += chunk));
      stream.on("end", () => {
        simpleParser(raw).then(
          (parsed) => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject ?? "", text: parsed.text ?? "" });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    mails,
    async waitFor(to, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const mail = mails.find((m) => m.to.includes(to));
        if (mail) return mail;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in URL in the message's text. */
export function signInUrl(text: string): string {
  const match = text.match(/https?:\/\/[^\s"<>]+\/api\/auth\/callback\/nodemailer\?[^\s"<>]+/);
  if (!match) throw new Error("no sign-in link in the message");
  return match[0];
}
