// What an organisation offers (issue 7): a verified representative's edit of the offer is stored
// at once and partner matching uses it; a suggester's edit waits as a ChangeRequest (BigInt
// amounts carried as JSON strings) while the public keeps seeing the published offer.
import { describe, expect, it, vi } from "vitest";
import { parseMatchFilters } from "@/lib/matching/filters";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import type { OrganizationEdit, OrganizationOffer } from "@/lib/organization/schema";
import { matchOrganizationsForCommunity } from "@/lib/matching/queries";
import { requestMembership } from "@/lib/membership/mutations";
import { decideChangeRequest } from "@/lib/moderation/mutations";
import { listPendingEdits } from "@/lib/moderation/queries";
import { editOrganization } from "@/lib/organization/mutations";
import { getOrganizationBySlug } from "@/lib/organization/queries";
import { fileDatabase } from "./support/file-database";
import { viewerByEmail } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);

const database = fileDatabase({ demo: true });
const viewer = (email: string) => viewerByEmail(database.prisma, email);
const BRIDGES = "bridges-for-schools-berlin";

/** The edit form as the page fills it from the stored organisation, with a new offer. */
async function editWithOffer(slug: string, offer: OrganizationOffer): Promise<{ id: string; input: OrganizationEdit }> {
  const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug } });
  const text = (value: unknown) => asLocalizedText(value);
  return {
    id: org.id,
    input: {
      nameUk: text(org.name).uk,
      nameEn: text(org.name).en,
      missionUk: text(org.mission).uk,
      missionEn: text(org.mission).en,
      descriptionUk: text(org.description).uk,
      descriptionEn: text(org.description).en,
      website: org.website ?? undefined,
      email: org.email ?? undefined,
      sectors: org.sectors,
      languages: org.languages,
      offer,
    },
  };
}

describe("a verified representative edits what the organisation offers", () => {
  it("is stored at once and gives the organisation aid and budget reasons in partner matching", async () => {
    // A public community with no needs yet, so the one need below is the only thing to match on.
    const community = await database.prisma.community.findFirstOrThrow({
      where: { status: "PUBLISHED", hiddenAt: null, isOccupied: false, needs: { none: {} } },
      orderBy: { katottg: "asc" },
      select: { id: true, slug: true, oblastCode: true },
    });
    const need = await database.prisma.need.create({
      data: {
        slug: "offer-test-technical-help",
        communityId: community.id,
        title: { en: "Engineers for the school's new heating" },
        sector: "EDUCATION_YOUTH",
        aidTypes: ["TECHNICAL_ASSISTANCE"],
        costMinor: 30_000_000n,
        currency: "EUR",
        status: "PUBLISHED",
        needStatus: "OPEN",
      },
      select: { id: true },
    });
    // Narrowed to Bridges' own kind and country, so it is among the candidates either way.
    const filters = parseMatchFilters({ country: "DE", kind: "CIVIL_SOCIETY", verified: "1" });
    const bridgesMatch = async () =>
      (await matchOrganizationsForCommunity(community.slug, filters))!.matches.find((m) => m.organization.slug === BRIDGES);

    // Seeded offer: grants, in-kind, volunteers; up to 90,000 EUR. Neither fits this need.
    const before = await bridgesMatch();
    expect(before, "Bridges is a candidate for an education need").toBeDefined();
    expect(before!.reasons.map((r) => r.code)).not.toContain("aid");
    expect(before!.reasons.map((r) => r.code)).not.toContain("cost");

    const representative = await viewer("representative@demo.example");
    const { id, input } = await editWithOffer(BRIDGES, {
      aidTypes: ["GRANT", "TECHNICAL_ASSISTANCE"],
      operatingCountries: ["DE", "UA"],
      operatingOblasts: [community.oblastCode],
      budgetMin: 100_000,
      budgetMax: 500_000,
      budgetCurrency: "EUR",
      population: 5000, // not a municipality: ignored
    });
    expect(await editOrganization(representative, id, input)).toEqual({ ok: true, message: "editPublished" });

    const stored = await database.prisma.organization.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      aidTypes: ["GRANT", "TECHNICAL_ASSISTANCE"],
      operatingOblasts: [community.oblastCode],
      budgetMinMinor: 10_000_000n,
      budgetMaxMinor: 50_000_000n,
      budgetCurrency: "EUR",
      population: null,
    });
    // The same countries in another order are no change (the seed stored them as UA, DE).
    expect([...stored.operatingCountries].sort()).toEqual(["DE", "UA"]);
    // Only the offer changed (names and texts came back as they were), in JSON form.
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { targetId: id, action: "organization.updated" },
      orderBy: { at: "desc" },
    });
    expect(Object.keys(audit.after as object).sort()).toEqual(["aidTypes", "budgetMaxMinor", "budgetMinMinor", "operatingOblasts"]);
    expect(audit.after).toMatchObject({ budgetMinMinor: "10000000", budgetMaxMinor: "50000000" });
    expect(audit.before).toMatchObject({ budgetMaxMinor: expect.stringMatching(/^\d+$/) });

    const after = await bridgesMatch();
    expect(after!.reasons).toContainEqual(expect.objectContaining({ code: "aid", aidTypes: ["TECHNICAL_ASSISTANCE"] }));
    expect(after!.reasons).toContainEqual(expect.objectContaining({ code: "cost", needIds: [need.id] }));
    expect(after!.reasons).toContainEqual(expect.objectContaining({ code: "geography", inOblast: true, inUkraine: true }));
    expect(after!.score).toBeGreaterThan(before!.score);

    // Saving the same offer again changes nothing, whatever order the boxes came in.
    const again = await editWithOffer(BRIDGES, {
      ...input.offer!,
      aidTypes: ["TECHNICAL_ASSISTANCE", "GRANT"],
      operatingCountries: ["UA", "DE"],
    });
    expect(await editOrganization(representative, id, again.input)).toEqual({ ok: false, reason: "NOTHING_CHANGED" });
  });

  it("keeps a population for a foreign municipality", async () => {
    const municipality = await database.prisma.organization.findFirstOrThrow({
      where: { kind: "FOREIGN_MUNICIPALITY", status: "PUBLISHED" },
      select: { slug: true },
    });
    const moderator = await viewer("moderator@demo.example");
    const { id, input } = await editWithOffer(municipality.slug, {
      aidTypes: ["TECHNICAL_ASSISTANCE"],
      operatingCountries: ["UA"],
      operatingOblasts: [],
      budgetCurrency: "EUR",
      population: 123_456,
    });
    expect(await editOrganization(moderator, id, input)).toEqual({ ok: true, message: "editPublished" });
    expect(
      await database.prisma.organization.findUniqueOrThrow({
        where: { id },
        select: { population: true, budgetMinMinor: true, budgetCurrency: true },
      }),
    ).toEqual({ population: 123_456, budgetMinMinor: null, budgetCurrency: null });
  });
});

describe("someone who may only suggest edits the offer", () => {
  it("waits as a change request; the public sees the old offer until a moderator approves", async () => {
    const published = (await getOrganizationBySlug(BRIDGES))!;
    const member = await viewer("member@demo.example");
    expect(await requestMembership(member, { target: { type: "ORGANIZATION", id: published.id }, title: "Volunteer" })).toEqual({
      ok: true,
      message: "claimSent",
    });
    const claimant = await viewer("member@demo.example");

    const { id, input } = await editWithOffer(BRIDGES, {
      aidTypes: ["IN_KIND"],
      operatingCountries: ["UA"],
      operatingOblasts: published.operatingOblasts,
      budgetMin: 5_000,
      budgetMax: 20_000.5,
      budgetCurrency: "PLN",
    });
    expect(await editOrganization(claimant, id, input)).toEqual({ ok: true, message: "editSubmitted" });

    // The public profile still shows the published offer.
    const seen = (await getOrganizationBySlug(BRIDGES))!;
    expect(seen).toMatchObject({
      aidTypes: published.aidTypes,
      budgetMinMinor: published.budgetMinMinor,
      budgetMaxMinor: published.budgetMaxMinor,
      budgetCurrency: published.budgetCurrency,
    });

    // The request holds the new values in JSON (amounts as strings), and nothing but the offer.
    const request = await database.prisma.changeRequest.findFirstOrThrow({ where: { targetId: id, status: "PENDING" } });
    expect(request.changes).toEqual({
      aidTypes: ["IN_KIND"],
      operatingCountries: ["UA"],
      budgetMinMinor: "500000",
      budgetMaxMinor: "2000050",
      budgetCurrency: "PLN",
    });

    // The moderator's diff reads both sides in the same form.
    const pending = (await listPendingEdits()).find((edit) => edit.id === request.id)!;
    expect(pending.diff).toContainEqual({ field: "budgetMinMinor", before: String(published.budgetMinMinor), after: "500000" });
    expect(pending.diff).toContainEqual({ field: "aidTypes", before: published.aidTypes, after: ["IN_KIND"] });

    const moderator = await viewer("moderator@demo.example");
    expect(await decideChangeRequest(moderator, { changeRequestId: request.id, approve: true })).toMatchObject({ ok: true });
    expect(await getOrganizationBySlug(BRIDGES)).toMatchObject({
      aidTypes: ["IN_KIND"],
      operatingCountries: ["UA"],
      budgetMinMinor: 500_000n,
      budgetMaxMinor: 2_000_050n,
      budgetCurrency: "PLN",
    });
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { targetId: id, action: "organization.updated", reason: `change request ${request.id}` },
    });
    expect(audit.before).toMatchObject({ budgetMinMinor: String(published.budgetMinMinor), budgetCurrency: published.budgetCurrency });
  });
});
