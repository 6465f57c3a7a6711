import { describe, expect, it } from "vitest";
import { ownerField } from "./owner";

describe("ownerField", () => {
  it("reads the owner select", () => {
    expect(ownerField.parse("organization:abc")).toEqual({ organizationId: "abc", communityId: null });
    expect(ownerField.parse("community:xyz")).toEqual({ organizationId: null, communityId: "xyz" });
    expect(ownerField.safeParse("user:abc").success).toBe(false);
  });
});
