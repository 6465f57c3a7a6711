// A person who signs up from an English page gets English emails (issue 16). Auth.js creates
// the user when the email link calls back; the adapter next-auth is given for that request
// (lib/auth/next-auth.ts → signUpAdapter) writes the locale of the page the link returns to.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { signUpAdapter } from "@/lib/auth/sign-up-locale";
import { fileDatabase } from "./support/file-database";

const database = fileDatabase({ app: false });

/** The request an emailed sign-in link makes, returning to `page`. */
const callback = (email: string, page: string) =>
  new NextRequest(
    `http://localhost:3000/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: `http://localhost:3000${page}`, token: "t", email })}`,
  );

async function signUp(email: string, page: string) {
  const adapter = signUpAdapter(database.prisma, callback(email, page));
  return adapter.createUser!({ id: "", email, emailVerified: new Date() });
}

describe("signing up by email link", () => {
  it("on /en stores locale en, on /uk stores uk", async () => {
    await signUp("new.english@example.org", "/en/account");
    await signUp("new.ukrainian@example.org", "/uk/partnerships/proposals");
    const users = await database.prisma.user.findMany({
      where: { email: { in: ["new.english@example.org", "new.ukrainian@example.org"] } },
      select: { email: true, locale: true },
      orderBy: { email: "asc" },
    });
    expect(users).toEqual([
      { email: "new.english@example.org", locale: "en" },
      { email: "new.ukrainian@example.org", locale: "uk" },
    ]);
  });

  it("through OAuth, reads the page from Auth.js's callback cookie", async () => {
    const request = new NextRequest("http://localhost:3000/api/auth/callback/github?code=x", {
      headers: { cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fen%2Faccount" },
    });
    await signUpAdapter(database.prisma, request).createUser!({ id: "", email: "oauth.english@example.org", emailVerified: null });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email: "oauth.english@example.org" } })).locale).toBe("en");
  });
});
