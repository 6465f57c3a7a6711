import { describe, expect, it } from "vitest";
import { emailDomain, isOfficialDomain } from "./official-domain";

describe("isOfficialDomain", () => {
  it("accepts gov.ua and its subdomains, and hromada domains", () => {
    expect(isOfficialDomain("i.savchuk@berezhanska-gromada.gov.ua")).toBe(true);
    expect(isOfficialDomain("mayor@kyivcity.gov.ua")).toBe(true);
    expect(isOfficialDomain("info@zolochivska.gromada.org.ua")).toBe(true);
    expect(isOfficialDomain("SOMEONE@GOV.UA")).toBe(true);
  });
  it("refuses look-alikes and private mail", () => {
    expect(isOfficialDomain("x@gmail.com")).toBe(false);
    expect(isOfficialDomain("x@notgov.ua")).toBe(false);
    expect(isOfficialDomain("x@gov.ua.evil.example")).toBe(false);
    expect(isOfficialDomain("not-an-email")).toBe(false);
    expect(isOfficialDomain(null)).toBe(false);
  });
  it("reads the domain after the last @", () => {
    expect(emailDomain("a@b@c.gov.ua")).toBe("c.gov.ua");
  });
});
