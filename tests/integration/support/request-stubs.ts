// What integration files put in place of a request: who is signed in, and Next's request-bound
// helpers, which need a running Next server. vi.mock must be called in the test file itself
// (it is hoisted there), so each file names the modules it replaces and takes the stand-in from
// here, loaded inside the factory:
//   vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
//   vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
// Only types are imported here, so loading this module loads nothing it stands in for.
import type { Viewer } from "@/lib/auth/viewer";

/** The person getViewer() answers with; a test sets it before calling an action. */
export const session: { viewer: Viewer | null } = { viewer: null };

/** lib/auth/viewer as it is, but for getViewer, which answers `session.viewer`. */
export function withSession(original: object): object {
  return { ...original, getViewer: async () => session.viewer };
}

/** lib/auth/next-auth without next-auth: nobody is signed in through it, and sign-in links are "sent". */
export const nextAuthStub = {
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  requestEmailLink: async () => true,
  handlers: {},
  oauthProviders: () => [],
};

/** next/cache: nothing to revalidate, nothing cached. */
export const nextCacheStub = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
};

/** next/headers: no cookies, and a request without headers (see `requestHeaders` for one with some). */
export const nextHeadersStub = requestHeaders(() => new Headers());

/** next/headers with the request's headers from `headers`, asked anew for each call. */
export function requestHeaders(headers: () => Headers) {
  return {
    cookies: async () => ({ get: () => undefined, has: () => false, set: () => undefined, delete: () => undefined }),
    headers: async () => headers(),
  };
}
