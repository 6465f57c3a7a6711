import "server-only";
// Where email goes when no SMTP server is configured: the server log and an in-memory list
// shown at /{locale}/outbox while demo sign-in is on. In memory on purpose: it exists so a
// fresh machine can sign in without a mail server, not to keep mail; a restart empties it.
export interface OutboxMessage {
  id: number;
  at: Date;
  to: string;
  subject: string;
  text: string;
}

const LIMIT = 50;
const store = (): { messages: OutboxMessage[]; next: number } =>
  ((globalThis as { __atlasOutbox?: { messages: OutboxMessage[]; next: number } }).__atlasOutbox ??= { messages: [], next: 1 });

export function addToOutbox(message: Omit<OutboxMessage, "id" | "at">): OutboxMessage {
  const box = store();
  const entry = { ...message, id: box.next++, at: new Date() };
  box.messages.unshift(entry);
  box.messages.length = Math.min(box.messages.length, LIMIT);
  return entry;
}

/** Newest first. */
export function readOutbox(): readonly OutboxMessage[] {
  return store().messages;
}
