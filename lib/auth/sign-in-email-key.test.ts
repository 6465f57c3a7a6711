import { describe, expect, it } from "vitest";
import { authJsEmail, signInEmailKey } from "./sign-in-email-key";

describe("signInEmailKey", () => {
  it("gives every spelling Auth.js delivers to a@x.com, and its plus-tags, the key of a@x.com", () => {
    const key = signInEmailKey("a@x.com");
    expect(key).toBe("a@x.com");
    for (const spelling of ["a@x.com,x", "A@X.com", " a+1@x.com ", "a+tag+more@X.COM,b", "ａ@x.com"]) {
      expect(signInEmailKey(spelling), spelling).toBe(key);
    }
  });

  it("keeps different mailboxes apart", () => {
    expect(signInEmailKey("b@x.com")).not.toBe(signInEmailKey("a@x.com"));
    expect(signInEmailKey("a@y.com")).not.toBe(signInEmailKey("a@x.com"));
  });

  it("keeps a local part that is only a plus sign and tag whole", () => {
    expect(signInEmailKey("+tag@x.com")).toBe("+tag@x.com");
  });
});

describe("authJsEmail", () => {
  it("matches Auth.js: lower case, trimmed, the domain cut at a comma", () => {
    expect(authJsEmail(" A@X.com,x ")).toBe("a@x.com");
    expect(authJsEmail("a+1@x.com")).toBe("a+1@x.com");
  });

  it("is null where Auth.js refuses the address", () => {
    for (const bad of ['"a"@x.com', "a@b@x.com", "@x.com", "a@", "a@,x", "ax.com", "a＠b@x.com"]) expect(authJsEmail(bad), bad).toBeNull();
  });
});
