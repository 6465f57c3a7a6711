import { describe, expect, it } from "vitest";
import { unreadCount } from "./viewer-summary";

describe("unreadCount", () => {
  it("shows a positive count for a signed-in person", () => {
    expect(unreadCount({ signedIn: true, moderator: false, unread: 3 })).toBe(3);
  });

  it("shows nothing when the answer has no count, a count that is not a number, or nobody signed in", () => {
    expect(unreadCount({ signedIn: true, moderator: false })).toBe(0);
    expect(unreadCount({ signedIn: true, moderator: true, unread: "3" })).toBe(0);
    expect(unreadCount({ signedIn: true, moderator: false, unread: Number.NaN })).toBe(0);
    expect(unreadCount({ signedIn: true, moderator: false, unread: -1 })).toBe(0);
    expect(unreadCount({ signedIn: false, moderator: false, unread: 4 })).toBe(0);
    expect(unreadCount(null)).toBe(0);
  });
});
