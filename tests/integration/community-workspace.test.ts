// The community workspace on real PostgreSQL with the demo seed: a verified official edits the
// community's profile (published at once, audited, search row re-projected) and moves its needs
// along (in progress, met by one of its partnerships); others are refused; bad input writes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { communityProfileSchema } from "@/lib/community/schema";
import { needEditSchema } from "@/lib/need/schema";
import { updateCommunityAction } from "@/lib/community/actions";
import { communityFormValues } from "@/lib/community/edit-values";
import { updateCommunityProfile } from "@/lib/community/mutations";
import { updateNeed } from "@/lib/need/mutations";
import { formData } from "./support/actions";
import { fileDatabase } from "./support/file-database";
import { session } from "./support/request-stubs";
import { viewerByEmail } from "./support/seeded-database";

// Actions read the person from the session: here, from `session` (as in authorization.test.ts).
vi.mock("@/lib/auth/viewer", async (original) => (await import("./support/request-stubs")).withSession(await original()));
vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);
let berezhanyId: string;

beforeAll(async () => {
  berezhanyId = (await database.prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } })).id;
});

const text = (value: unknown, lang: "uk" | "en") => ((value ?? {}) as Record<string, string>)[lang] ?? "";

/** The edit form as the page fills it from the stored profile, with some fields changed. */
async function profileForm(communityId: string, changes: Record<string, string | string[]> = {}) {
  const community = await database.prisma.community.findUniqueOrThrow({ where: { id: communityId } });
  const form: Record<string, string | string[]> = { ...communityFormValues(community), ...changes };
  return form;
}

describe("editing a community's profile", () => {
  it("is published at once by its verified official, audited with only what changed, and re-projected into search", async () => {
    const official = await viewer("official@demo.example");
    const challenge = "Our sandstone viaduct needs restoration before winter.";
    const input = await communityProfileSchema.parseAsync(
      formData(await profileForm(berezhanyId, { challengesEn: challenge, preferredCountries: "de, pl ca" })),
    );

    expect(await updateCommunityProfile(official, berezhanyId, input)).toEqual({ ok: true, message: "editPublished" });

    const row = await database.prisma.community.findUniqueOrThrow({ where: { id: berezhanyId } });
    expect(row).toMatchObject({
      challenges: { en: challenge },
      preferredCountries: ["DE", "PL", "CA"],
      hasProfile: true,
      status: "PUBLISHED",
    });
    // The Ukrainian text was left as it was.
    expect(text(row.challenges, "uk")).toMatch(/шкільні автобуси/);
    expect(await database.prisma.changeRequest.count({ where: { targetId: berezhanyId } })).toBe(0);

    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "community.updated", targetId: berezhanyId } });
    expect(audit.actorId).toBe(official.id);
    // Only the changed columns: the stored jsonb key order ({"en","uk"}) is no change.
    expect(Object.keys(audit.after as object).sort()).toEqual(["challenges", "preferredCountries"]);
    expect(audit.after).toMatchObject({ challenges: { en: challenge }, preferredCountries: ["DE", "PL", "CA"] });
    expect((audit.before as { challenges: { en: string } }).challenges.en).toMatch(/school buses are old/);

    const document = await database.prisma.searchDocument.findFirstOrThrow({ where: { targetType: "COMMUNITY", targetId: berezhanyId } });
    expect(document.bodyWords).toContain("viaduct");
  });

  it("says nothing changed when the form is saved as it is", async () => {
    const official = await viewer("official@demo.example");
    const input = await communityProfileSchema.parseAsync(formData(await profileForm(berezhanyId)));
    const audits = await database.prisma.auditLog.count({ where: { action: "community.updated" } });
    expect(await updateCommunityProfile(official, berezhanyId, input)).toEqual({ ok: false, reason: "NOTHING_CHANGED" });
    expect(await database.prisma.auditLog.count({ where: { action: "community.updated" } })).toBe(audits);
  });

  it("refuses an official of another community, a representative and a visitor, changing nothing", async () => {
    const other = await database.prisma.community.findFirstOrThrow({
      where: { slug: { not: "berezhanska-urban" }, hasProfile: true },
      select: { id: true, challenges: true, updatedAt: true },
    });
    const input = await communityProfileSchema.parseAsync(formData(await profileForm(other.id, { challengesEn: "Taken over" })));
    await expect(updateCommunityProfile(await viewer("official@demo.example"), other.id, input)).rejects.toMatchObject({
      reason: "FORBIDDEN",
    });
    await expect(updateCommunityProfile(await viewer("representative@demo.example"), other.id, input)).rejects.toMatchObject({
      reason: "FORBIDDEN",
    });
    await expect(updateCommunityProfile(null, other.id, input)).rejects.toMatchObject({ reason: "SIGN_IN_REQUIRED" });
    const after = await database.prisma.community.findUniqueOrThrow({
      where: { id: other.id },
      select: { challenges: true, updatedAt: true },
    });
    expect(after).toEqual({ challenges: other.challenges, updatedAt: other.updatedAt });
  });

  it("answers hostile or too long input with field errors and writes nothing", async () => {
    session.viewer = await viewer("official@demo.example");
    const before = await database.prisma.community.findUniqueOrThrow({ where: { id: berezhanyId } });
    const audits = await database.prisma.auditLog.count();
    const form = await profileForm(berezhanyId, {
      challengesEn: "x".repeat(4001),
      website: "javascript:alert(document.cookie)",
      email: "<script>@example",
      phone: 'call me\'; DROP TABLE "Community"; --',
      languages: "english, uk",
      preferredCountries: "Germany",
      cooperationGoals: ["RECOVERY", "WORLD_DOMINATION"],
      preferredKinds: ["<img src=x onerror=alert(1)>"],
      preferredPopulationMin: "-5",
      preferredPopulationMax: "lots",
    });
    const result = await updateCommunityAction({}, formData({ ...form, communityId: berezhanyId, slug: "berezhanska-urban" }));
    expect(result?.data).toBeUndefined();
    // Each message sits on its own field, where the form shows it.
    const fields = Object.fromEntries(
      Object.entries(result?.validationErrors?.fieldErrors ?? {}).map(([field, messages]) => [field, messages?.[0]]),
    );
    expect(fields).toEqual({
      challengesEn: "tooLong",
      website: "invalidUrl",
      email: "invalidEmail",
      phone: "invalid",
      languages: "invalid",
      preferredCountries: "invalid",
      cooperationGoals: "invalid",
      preferredKinds: "invalid",
      // Their own messages, which show the format (lib/money/typed-amount.ts).
      preferredPopulationMin: "notNegative",
      preferredPopulationMax: "wholeNumber",
    });
    // A reversed population range is refused on the larger bound.
    const reversed = await updateCommunityAction(
      {},
      formData({
        ...(await profileForm(berezhanyId)),
        preferredPopulationMin: "50 000",
        preferredPopulationMax: "10000",
        communityId: berezhanyId,
        slug: "berezhanska-urban",
      }),
    );
    expect(reversed?.validationErrors?.fieldErrors).toEqual({ preferredPopulationMax: ["invalid"] });

    expect(await database.prisma.community.findUniqueOrThrow({ where: { id: berezhanyId } })).toEqual(before);
    expect(await database.prisma.auditLog.count()).toBe(audits);
  });
});

describe("managing needs", () => {
  async function needForm(needId: string, changes: Record<string, string | string[]>) {
    const need = await database.prisma.need.findUniqueOrThrow({ where: { id: needId } });
    return {
      needId,
      communityId: need.communityId,
      communitySlug: "berezhanska-urban",
      titleUk: text(need.title, "uk"),
      titleEn: text(need.title, "en"),
      descriptionUk: text(need.description, "uk"),
      descriptionEn: text(need.description, "en"),
      sector: need.sector,
      aidTypes: need.aidTypes,
      cost: need.costMinor !== null ? String(Number(need.costMinor) / 100) : "",
      currency: need.currency ?? "EUR",
      urgency: need.urgency,
      deadline: need.deadline ? need.deadline.toISOString().slice(0, 10) : "",
      needStatus: need.needStatus,
      metByPartnershipId: need.metByPartnershipId ?? "",
      ...changes,
    };
  }

  it("an official marks a need met by one of the community's partnerships; the open-need facet follows", async () => {
    const official = await viewer("official@demo.example");
    const partnership = await database.prisma.partnership.findFirstOrThrow({
      where: { communityId: berezhanyId, partnershipStatus: "ACTIVE", needs: { some: {} } },
      select: { id: true, needs: { select: { need: { select: { id: true, needStatus: true, sector: true } } } } },
    });
    const need = partnership.needs[0]!.need;
    expect(need.needStatus).toBe("IN_PROGRESS");

    const input = await needEditSchema.parseAsync(
      formData(await needForm(need.id, { needStatus: "MET", metByPartnershipId: partnership.id })),
    );
    expect(await updateNeed(official, input)).toEqual({ ok: true, message: "editPublished" });
    expect(
      await database.prisma.need.findUniqueOrThrow({ where: { id: need.id }, select: { needStatus: true, metByPartnershipId: true } }),
    ).toEqual({ needStatus: "MET", metByPartnershipId: partnership.id });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "need.updated", targetId: need.id } });
    expect(audit.before).toEqual({ needStatus: "IN_PROGRESS", metByPartnershipId: null });
    expect(audit.after).toMatchObject({
      needStatus: "MET",
      metByPartnershipId: partnership.id,
      changed: ["needStatus", "metByPartnershipId"],
    });
  });

  it("an open need marked in progress leaves the community's open-need sectors in search", async () => {
    const official = await viewer("official@demo.example");
    const open = await database.prisma.need.findMany({
      where: { communityId: berezhanyId, needStatus: "OPEN", status: "PUBLISHED" },
      select: { id: true, sector: true },
    });
    const lone = open.find((n) => open.filter((m) => m.sector === n.sector).length === 1)!;
    const facet = async () =>
      (await database.prisma.searchFacet.findFirstOrThrow({ where: { targetType: "COMMUNITY", targetId: berezhanyId } })).needSectors;
    expect(await facet()).toContain(lone.sector);

    // A partnership named for a need that is not met is dropped, not stored.
    const somePartnership = await database.prisma.partnership.findFirstOrThrow({
      where: { communityId: berezhanyId, partnershipStatus: "ACTIVE" },
      select: { id: true },
    });
    const input = await needEditSchema.parseAsync(
      formData(await needForm(lone.id, { needStatus: "IN_PROGRESS", metByPartnershipId: somePartnership.id })),
    );
    expect(await updateNeed(official, input)).toEqual({ ok: true, message: "editPublished" });
    expect(
      await database.prisma.need.findUniqueOrThrow({ where: { id: lone.id }, select: { needStatus: true, metByPartnershipId: true } }),
    ).toEqual({ needStatus: "IN_PROGRESS", metByPartnershipId: null });
    expect(await facet()).not.toContain(lone.sector);
  });

  it("refuses a partnership of another community or one not yet accepted", async () => {
    const official = await viewer("official@demo.example");
    const need = await database.prisma.need.findFirstOrThrow({
      where: { communityId: berezhanyId, needStatus: "OPEN" },
      select: { id: true },
    });
    const foreign = await database.prisma.partnership.findFirstOrThrow({
      where: { communityId: { not: berezhanyId }, partnershipStatus: { in: ["ACTIVE", "COMPLETED"] } },
      select: { id: true },
    });
    const bridges = await database.prisma.organization.findUniqueOrThrow({
      where: { slug: "bridges-for-schools-berlin" },
      select: { id: true },
    });
    const proposed = await database.prisma.partnership.create({
      data: {
        slug: "workspace-proposed",
        organizationId: bridges.id,
        communityId: berezhanyId,
        form: "MEMORANDUM",
        partnershipStatus: "PROPOSED",
      },
      select: { id: true },
    });
    for (const partnershipId of [foreign.id, proposed.id]) {
      const input = await needEditSchema.parseAsync(
        formData(await needForm(need.id, { needStatus: "MET", metByPartnershipId: partnershipId })),
      );
      expect(await updateNeed(official, input)).toEqual({ ok: false, reason: "PARTNERSHIP_NOT_ELIGIBLE" });
    }
    expect(await database.prisma.need.findUniqueOrThrow({ where: { id: need.id }, select: { needStatus: true } })).toEqual({
      needStatus: "OPEN",
    });
  });

  it("refuses a need of another community even when the form names the official's own community", async () => {
    const official = await viewer("official@demo.example");
    const foreign = await database.prisma.need.findFirstOrThrow({
      where: { communityId: { not: berezhanyId }, needStatus: "OPEN" },
      select: { id: true, updatedAt: true },
    });
    const input = await needEditSchema.parseAsync(
      formData(await needForm(foreign.id, { communityId: berezhanyId, needStatus: "MET", titleEn: "Hijacked" })),
    );
    await expect(updateNeed(official, input)).rejects.toMatchObject({ reason: "FORBIDDEN" });
    await expect(updateNeed(await viewer("representative@demo.example"), input)).rejects.toMatchObject({ reason: "FORBIDDEN" });
    expect(
      await database.prisma.need.findUniqueOrThrow({ where: { id: foreign.id }, select: { needStatus: true, updatedAt: true } }),
    ).toEqual({ needStatus: "OPEN", updatedAt: foreign.updatedAt });
    // A moderator corrects it directly.
    expect(await updateNeed(await viewer("moderator@demo.example"), input)).toEqual({ ok: true, message: "editPublished" });
  });
});
