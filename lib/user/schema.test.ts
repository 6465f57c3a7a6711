import { describe, expect, it } from "vitest";
import { blockSchema } from "./schema";

describe("blockSchema", () => {
  it("reads the decision as block or unblock, with its reason", () => {
    expect(blockSchema.parse({ userId: "u1", decision: "block", reason: " spam " })).toEqual({ userId: "u1", block: true, reason: "spam" });
    expect(blockSchema.parse({ userId: "u1", decision: "unblock", reason: "appeal" })).toEqual({
      userId: "u1",
      block: false,
      reason: "appeal",
    });
  });

  it("needs a reason: the person is told why", () => {
    expect(
      blockSchema.safeParse({ userId: "u1", decision: "block", reason: " " }).error?.issues.map((i) => [i.path.join("."), i.message]),
    ).toEqual([["reason", "reasonRequired"]]);
  });
});
