import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, LISTING_DECISIONS, LISTING_NOUNS } from "./actions";

// That every write names one of these is the type checker's job (recordAudit takes AuditAction).
describe("AUDIT_ACTIONS", () => {
  it("names each action once, as noun.past_tense", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    // Nouns are target types in lower case, some of two words ("dialogue_statement").
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z_]+$/);
  });

  it("holds every moderator decision on every kind of listing, partnerships included", () => {
    expect(LISTING_NOUNS).toContain("partnership");
    for (const noun of LISTING_NOUNS) for (const decision of LISTING_DECISIONS) expect(AUDIT_ACTIONS).toContain(`${noun}.${decision}`);
  });
});
