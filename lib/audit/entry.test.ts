import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { AUDIT_ACTIONS } from "./actions";
import { actorCapacity, appliedChangeReason, changedFields, fieldLabelKey, reasonOf } from "./entry";

describe("actorCapacity", () => {
  const official = { role: "OFFICIAL" as const, organizationId: null, communityId: "c1", name: { uk: "Громада", en: "Hromada" } };
  const representative = { role: "REPRESENTATIVE" as const, organizationId: "o1", communityId: null, name: { en: "Bridges" } };

  it("names an official or representative by the listing they speak for, not as a member", () => {
    expect(actorCapacity("member", [official], [])).toEqual({ kind: "official", of: official.name });
    expect(actorCapacity("member", [official, representative], ["o1"])).toEqual({ kind: "representative", of: representative.name });
    expect(actorCapacity("member", [], ["o1"])).toEqual({ kind: "member" });
  });

  it("keeps the platform roles and the platform itself", () => {
    expect(actorCapacity("moderator", [official], ["c1"])).toEqual({ kind: "moderator" });
    expect(actorCapacity(null, [], [])).toEqual({ kind: "system" });
  });
});

describe("changedFields", () => {
  it("lists an edit's fields, from the write's own list when it has one", () => {
    expect(changedFields("event.updated", { titleEn: "New", venue: "Hall" })).toEqual(["titleEn", "venue"]);
    expect(changedFields("need.updated", { needStatus: "MET", changed: ["needStatus", "costMinor"] })).toEqual(["needStatus", "costMinor"]);
    expect(changedFields("organization.submitted", { slug: "x", status: "PENDING" })).toEqual([]);
  });

  it("keys a per-language or wall-clock field by the label it shares", () => {
    expect(fieldLabelKey("titleUk")).toEqual({ field: "title", language: "uk" });
    expect(fieldLabelKey("startsLocal")).toEqual({ field: "starts", language: null });
    expect(fieldLabelKey("startsAt")).toEqual({ field: "starts", language: null });
    expect(fieldLabelKey("languages")).toEqual({ field: "languages", language: null });
  });
});

describe("reasonOf", () => {
  it("recognises the reasons code writes and keeps a person's words", () => {
    expect(reasonOf(appliedChangeReason("cr1"))).toEqual({ kind: "appliesChange" });
    expect(reasonOf("replaced by cr2")).toEqual({ kind: "replaced" });
    expect(reasonOf("Spam link")).toEqual({ kind: "text", text: "Spam link" });
    expect(reasonOf(null)).toBeNull();
  });
});

describe("audit messages", () => {
  it("has one sentence per audit action in English and Ukrainian", () => {
    for (const messages of [en, uk]) {
      const actions = messages.audit.actions as Record<string, Record<string, string>>;
      for (const action of AUDIT_ACTIONS) {
        const [noun, verb] = action.split(".") as [string, string];
        expect(actions[noun]?.[verb], action).toEqual(expect.any(String));
      }
    }
  });
});
