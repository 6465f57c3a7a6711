import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readViewerHint, VIEWER_HINT_SCRIPT, VIEWER_HINT_SCRIPT_HASH } from "./viewer-hint";

/** Runs the inline script against a stand-in <html> and cookie string; gives the attributes it set. */
function runScript(cookie: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const html = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  new Function("document", VIEWER_HINT_SCRIPT)({ cookie, documentElement: html });
  return attributes;
}

describe("the viewer hint", () => {
  it("is allowed by the hash the nonce policy names", () => {
    const hash = `sha256-${createHash("sha256").update(VIEWER_HINT_SCRIPT, "utf8").digest("base64")}`;
    expect(VIEWER_HINT_SCRIPT_HASH).toBe(hash);
    expect(VIEWER_HINT_SCRIPT).not.toMatch(/<\/script/i);
  });

  it("names the variant from the cookie before the first paint, and marks scripts as running", () => {
    expect(runScript("a=1; atlas-viewer=moderator; b=2")).toEqual({ "data-js": "", "data-viewer": "moderator" });
    expect(runScript("atlas-viewer=member")).toEqual({ "data-js": "", "data-viewer": "member" });
    expect(runScript("")).toEqual({ "data-js": "" });
    // Only our two values, only our cookie's name.
    expect(runScript("atlas-viewer=admin; x-atlas-viewer=member")).toEqual({ "data-js": "" });
  });

  it("reads a cookie header the same way", () => {
    expect(readViewerHint("x=1; atlas-viewer=member")).toBe("member");
    expect(readViewerHint("atlas-viewer=moderator")).toBe("moderator");
    expect(readViewerHint("atlas-viewer=memberx")).toBeNull();
    expect(readViewerHint("")).toBeNull();
  });
});
