import { describe, expect, it } from "vitest";
import { claimDomain, emailDomain, isOfficialDomain } from "./official-domain";

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

describe("claimDomain", () => {
  const verified = new Date("2026-11-01T00:00:00Z");
  it("marks the account's own proven address", () => {
    expect(claimDomain({ email: "i.savchuk@berezhanska-gromada.gov.ua", emailVerified: verified }, null)).toEqual({
      evidenceDomain: "berezhanska-gromada.gov.ua",
      officialDomain: true,
      typedDomain: null,
    });
  });
  it("gives no mark to an address typed into the claim", () => {
    expect(claimDomain({ email: "someone@gmail.com", emailVerified: verified }, "mayor@kyivcity.gov.ua")).toEqual({
      evidenceDomain: "gmail.com",
      officialDomain: false,
      typedDomain: "kyivcity.gov.ua",
    });
  });
  it("gives no mark to an account address nobody proved", () => {
    expect(claimDomain({ email: "mayor@kyivcity.gov.ua", emailVerified: null }, null)).toMatchObject({
      evidenceDomain: null,
      officialDomain: false,
    });
  });
});
