// The policy as a table of small laws (Rallly's style): each rule is one `it`.
import { describe, expect, it } from "vitest";
import { authorize, can, NotAllowedError, type PolicyViewer } from "./policy";

const person = (overrides: Partial<PolicyViewer> = {}): PolicyViewer => ({ id: "u1", role: "MEMBER", memberships: [], ...overrides });
const rep = (organizationId: string, status: "VERIFIED" | "PENDING" = "VERIFIED") =>
  person({ memberships: [{ role: "REPRESENTATIVE", status, organizationId, communityId: null }] });
const official = (communityId: string) =>
  person({ memberships: [{ role: "OFFICIAL", status: "VERIFIED", organizationId: null, communityId }] });

describe("policy", () => {
  it("lets visitors do nothing that writes", () => {
    expect(can(null, "create", "Organization")).toBe(false);
    expect(can(null, "create", "Report")).toBe(false);
    expect(() => authorize(null, "create", "Report")).toThrow(NotAllowedError);
  });
  it("lets a verified representative edit their own organisation only", () => {
    expect(can(rep("o1"), "update", "Organization", { id: "o1" })).toBe(true);
    expect(can(rep("o1"), "update", "Organization", { id: "o2" })).toBe(false);
  });
  it("grants nothing for a pending claim but a suggestion", () => {
    expect(can(rep("o1", "PENDING"), "update", "Organization", { id: "o1" })).toBe(false);
    expect(can(rep("o1", "PENDING"), "suggest", "Organization", { id: "o1" })).toBe(true);
  });
  it("lets an official manage needs and events of their community, not of another", () => {
    expect(can(official("c1"), "create", "Need", { communityId: "c1" })).toBe(true);
    expect(can(official("c1"), "create", "Need", { communityId: "c2" })).toBe(false);
    expect(can(official("c1"), "create", "Event", { organizationId: null, communityId: "c1" })).toBe(true);
  });
  it("lets only members of either side respond to a partnership", () => {
    const partnership = { organizationId: "o1", communityId: "c1", partnerOrganizationId: null };
    expect(can(rep("o1"), "respond", "Partnership", partnership)).toBe(true);
    expect(can(official("c1"), "respond", "Partnership", partnership)).toBe(true);
    expect(can(rep("o9"), "respond", "Partnership", partnership)).toBe(false);
    expect(can(person({ role: "MODERATOR" }), "respond", "Partnership", partnership)).toBe(false);
  });
  it("lets only the stored answering side answer a proposal, and a moderator when no side is stored", () => {
    const proposal = { organizationId: "o1", communityId: "c1", partnerOrganizationId: null, answeringSide: "COMMUNITY" as const };
    expect(can(official("c1"), "answer", "Partnership", proposal)).toBe(true);
    expect(can(rep("o1"), "answer", "Partnership", proposal)).toBe(false);
    expect(can(rep("o1"), "answer", "Partnership", { ...proposal, answeringSide: "ORGANIZATION" })).toBe(true);
    expect(can(person({ role: "MODERATOR" }), "answer", "Partnership", proposal)).toBe(false);
    expect(can(person({ role: "MODERATOR" }), "answer", "Partnership", { ...proposal, answeringSide: null })).toBe(true);
    expect(can(rep("o1"), "answer", "Partnership", { ...proposal, answeringSide: null })).toBe(false);
  });
  it("lets moderators block members, admins anyone, nobody themselves", () => {
    const moderator = person({ id: "m1", role: "MODERATOR" });
    const admin = person({ id: "a1", role: "ADMIN" });
    expect(can(moderator, "block", "User", { id: "u2", role: "MEMBER" })).toBe(true);
    expect(can(moderator, "block", "User", { id: "u2", role: "MODERATOR" })).toBe(false);
    expect(can(moderator, "block", "User", { id: "u2", role: "ADMIN" })).toBe(false);
    expect(can(admin, "block", "User", { id: "u2", role: "ADMIN" })).toBe(true);
    expect(can(admin, "block", "User", { id: "a1", role: "ADMIN" })).toBe(false);
    expect(can(person(), "block", "User", { id: "u2", role: "MEMBER" })).toBe(false);
  });
  it("keeps members-only polls to members", () => {
    const poll = { organizationId: "o1", communityId: null, audience: "MEMBERS" as const };
    expect(can(person(), "vote", "Poll", poll)).toBe(false);
    expect(can(rep("o1"), "vote", "Poll", poll)).toBe(true);
    expect(can(person(), "vote", "Poll", { ...poll, audience: "SIGNED_IN" })).toBe(true);
  });
  it("gives moderators the queues and admins the roles", () => {
    expect(can(person({ role: "MODERATOR" }), "moderate", "ModerationQueue")).toBe(true);
    expect(can(person({ role: "MODERATOR" }), "manageRoles", "User")).toBe(false);
    expect(can(person({ role: "ADMIN" }), "manageRoles", "User")).toBe(true);
    expect(can(person(), "moderate", "ModerationQueue")).toBe(false);
  });
  it("lets people delete only their own account", () => {
    expect(can(person({ id: "u1" }), "delete", "User", { id: "u1" })).toBe(true);
    expect(can(person({ id: "u1" }), "delete", "User", { id: "u2" })).toBe(false);
  });
});
