import { describe, expect, it } from "vitest";
import { claimSchema } from "./schema";

describe("claimSchema", () => {
  it("names the listing claimed and keeps the evidence given", () => {
    expect(
      claimSchema.parse({
        targetType: "COMMUNITY",
        targetId: "c1",
        title: " Head of cooperation ",
        evidenceEmail: "Official@Hromada.Example",
      }),
    ).toEqual({
      target: { type: "COMMUNITY", id: "c1" },
      title: "Head of cooperation",
      evidenceEmail: "official@hromada.example",
      evidenceUrl: undefined,
      evidenceNote: undefined,
    });
  });

  it("needs a title and refuses other kinds of listing", () => {
    expect(claimSchema.safeParse({ targetType: "COMMUNITY", targetId: "c1" }).error?.issues.map((i) => i.path.join("."))).toEqual([
      "title",
    ]);
    expect(claimSchema.safeParse({ targetType: "EVENT", targetId: "e1", title: "Organiser" }).success).toBe(false);
  });
});
