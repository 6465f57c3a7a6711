import { describe, expect, it } from "vitest";
import { emailLocale, signInEmail } from "./sign-in-email";

const link = (callback: string) =>
  `https://atlas.example/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(callback)}&token=t&email=a%40b.c`;

describe("the sign-in email", () => {
  it("knows the asking page's language from the link's callbackUrl", () => {
    expect(emailLocale(link("https://atlas.example/de/account"))).toBe("de");
    expect(emailLocale(link("/pl/organizations/x"))).toBe("pl");
    expect(emailLocale(link("https://atlas.example/cs/account"))).toBeNull();
    expect(emailLocale("not a url")).toBeNull();
  });

  it("is written in the page's language first, then English; Ukrainian and English go together", () => {
    const german = signInEmail(link("https://atlas.example/de/account"), "atlas.example");
    expect(german.subject).toBe("Anmeldung bei Diaspora Atlas · Sign in to Diaspora Atlas (atlas.example)");
    expect(german.text.split("\n")[0]).toMatch(/^Um sich bei Diaspora Atlas anzumelden/);
    expect(german.html).toContain("Anmelden · Sign in");
    expect(signInEmail(link("/uk/account"), "h").subject).toMatch(/^Вхід до Diaspora Atlas · Sign in/);
    expect(signInEmail(link("/en/account"), "h").subject).toMatch(/^Sign in to Diaspora Atlas · Вхід/);
  });

  it("carries the link once in the text and escaped in the HTML", () => {
    const url = link("/fr/account");
    const email = signInEmail(url, "h");
    expect(email.text.split("\n")).toContain(url);
    expect(email.html).toContain(url.replace(/&/g, "&amp;"));
  });
});
