import "server-only";
// Sends one email: through SMTP (nodemailer) when EMAIL_SERVER is set, otherwise to the server
// log and the development outbox. Callers never know which: sign-in, claims and partnership
// notices all come through here.
import nodemailer, { type Transporter } from "nodemailer";
import { readEnv } from "@/lib/env";
import { addToOutbox } from "./outbox";

export interface Email {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transporter: { url: string; transport: Transporter } | undefined;

function smtp(url: string): Transporter {
  if (transporter?.url !== url) transporter = { url, transport: nodemailer.createTransport(url) };
  return transporter.transport;
}

export async function sendEmail(email: Email): Promise<void> {
  const env = readEnv();
  if (env.EMAIL_SERVER) {
    await smtp(env.EMAIL_SERVER).sendMail({ from: env.EMAIL_FROM, ...email });
    return;
  }
  addToOutbox(email);
  console.info(
    `[email] no EMAIL_SERVER configured; message kept in the outbox\n  to: ${email.to}\n  subject: ${email.subject}\n${email.text.replace(/^/gm, "  | ")}`,
  );
}

/** True when mail stays on this machine (no SMTP): the outbox page is then worth showing. */
export function mailStaysLocal(): boolean {
  return !readEnv().EMAIL_SERVER;
}
