import { describe, expect, it } from "vitest";
import { answerSchema, proposalSchema } from "./schema";

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
};

describe("partnership schemas", () => {
  it("reads a proposal with its needs, a message being optional", () => {
    expect(
      proposalSchema.parse(form({ organizationId: "o1", communityId: "c1", form: "MEMORANDUM", needIds: ["n1", "n2"], message: "" })),
    ).toEqual({
      organizationId: "o1",
      communityId: "c1",
      form: "MEMORANDUM",
      needIds: ["n1", "n2"],
      message: undefined,
    });
    expect(proposalSchema.safeParse(form({ organizationId: "o1", communityId: "c1", form: "HANDSHAKE" })).success).toBe(false);
  });

  it("reads an answer as accept or not", () => {
    expect(answerSchema.parse(form({ partnershipId: "p1", decision: "accept" }))).toEqual({ partnershipId: "p1", accept: true });
    expect(answerSchema.parse(form({ partnershipId: "p1", decision: "decline" }))).toEqual({ partnershipId: "p1", accept: false });
    expect(answerSchema.safeParse(form({ partnershipId: "p1", decision: "maybe" })).success).toBe(false);
  });
});
