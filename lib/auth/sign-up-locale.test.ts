import { describe, expect, it } from "vitest";
import { signUpLocale, withSignUpLocale } from "./sign-up-locale";

const request = (url: string, cookies: Record<string, string> = {}) => ({
  nextUrl: new URL(url),
  cookies: { get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) },
});

describe("signUpLocale", () => {
  it("reads the page the email link returns to", () => {
    const link = "http://localhost/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%2Fen%2Faccount&token=t&email=a%40b.c";
    expect(signUpLocale(request(link))).toBe("en");
    expect(signUpLocale(request("http://localhost/api/auth/callback/nodemailer?callbackUrl=%2Fuk%2Fevents"))).toBe("uk");
  });

  it("falls back to Auth.js's callback cookie (OAuth), then next-intl's choice, else says nothing", () => {
    const oauth = "http://localhost/api/auth/callback/github?code=x";
    expect(signUpLocale(request(oauth, { "authjs.callback-url": "http://localhost/en/account" }))).toBe("en");
    expect(signUpLocale(request(oauth, { NEXT_LOCALE: "en" }))).toBe("en");
    expect(signUpLocale(request(oauth, { NEXT_LOCALE: "cs", "authjs.callback-url": "http://localhost/api" }))).toBeNull();
    expect(signUpLocale(request(oauth, { NEXT_LOCALE: "de" }))).toBe("de");
    expect(signUpLocale(undefined)).toBeNull();
  });
});

describe("withSignUpLocale", () => {
  it("adds the locale to the users it creates, and leaves the adapter alone without one", async () => {
    const created: unknown[] = [];
    const adapter = { createUser: async (user: object) => (created.push(user), user) } as never;
    await (withSignUpLocale(adapter, "en") as { createUser: (u: object) => Promise<unknown> }).createUser({ id: "1", email: "a@b.c" });
    expect(created).toEqual([{ id: "1", email: "a@b.c", locale: "en" }]);
    expect(withSignUpLocale(adapter, null)).toBe(adapter);
  });
});
