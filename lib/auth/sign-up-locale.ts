// A new person's language is the language of the page they signed up from: their emails are
// then written in it (lib/notification/notify.ts) until they change it on /account. Auth.js
// creates the user when the email link (or the OAuth provider) calls back; that request still
// says where the person started, in its `callbackUrl` (/en/account, or the page they came from)
// or, for OAuth, in Auth.js's callback-url cookie, and next-intl's NEXT_LOCALE cookie says which
// language they last chose.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { PrismaClient } from "@/generated/prisma/client";
import { locales, type Locale } from "@/lib/i18n/localized-text";

/** What is read from the callback request (a NextRequest has both). */
export interface CallbackRequest {
  nextUrl: URL;
  cookies: { get(name: string): { value: string } | undefined };
}

const CALLBACK_COOKIES = ["__Secure-authjs.callback-url", "authjs.callback-url"];

function localeOfPath(value: string | null | undefined): Locale | null {
  if (!value) return null;
  let pathname: string;
  try {
    pathname = new URL(value, "http://localhost").pathname;
  } catch {
    return null;
  }
  const first = pathname.split("/")[1] ?? "";
  return (locales as readonly string[]).includes(first) ? (first as Locale) : null;
}

/** The sign-up page's language, or null when the request does not say (the column's default applies). */
export function signUpLocale(request: CallbackRequest | undefined): Locale | null {
  if (!request) return null;
  const fromUrl = localeOfPath(request.nextUrl.searchParams.get("callbackUrl"));
  if (fromUrl) return fromUrl;
  for (const name of CALLBACK_COOKIES) {
    const fromCookie = localeOfPath(request.cookies.get(name)?.value);
    if (fromCookie) return fromCookie;
  }
  const chosen = request.cookies.get("NEXT_LOCALE")?.value;
  return (locales as readonly string[]).includes(chosen ?? "") ? (chosen as Locale) : null;
}

/** The adapter, creating users with `locale` set (only new users: an existing one keeps theirs). */
export function withSignUpLocale<A extends Adapter>(adapter: A, locale: Locale | null): A {
  const createUser = adapter.createUser;
  if (!locale || !createUser) return adapter;
  return { ...adapter, createUser: (user: AdapterUser) => createUser({ ...user, locale } as AdapterUser) };
}

/** next-auth's database adapter for one request: Prisma's, creating new users in the request's language. */
export function signUpAdapter(prisma: PrismaClient, request: CallbackRequest | undefined): Adapter {
  return withSignUpLocale(PrismaAdapter(prisma), signUpLocale(request));
}
