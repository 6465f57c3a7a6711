// The messages the browser gets. Server components translate on the server; only client
// components ("use client" files calling useTranslations, and the map's vocabulary labels) need
// messages in the browser. NextIntlClientProvider without `messages` sends all of
// messages/*.json with every page; the server-only namespaces are a quarter of it (~11 KB).
// client-messages.test.ts checks that every namespace a client component reads is listed here.
import { vocabularies } from "./vocabularies";

export const clientNamespaces = [
  "account",
  "admin",
  "adminImport",
  "announcementForm",
  "auth",
  "claim",
  "common",
  "communityForm",
  "dialogueForms",
  "edit",
  "error",
  "eventForm",
  "events",
  "forms",
  "languageSwitch",
  "map",
  "matching",
  "metadata",
  "nav",
  "need",
  "pickers",
  "pollForm",
  "polls",
  "prioritiesForm",
  "recoveryForm",
  "register",
  "report",
  "voicePosition",
  ...vocabularies,
] as const;

export function pickClientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(clientNamespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
