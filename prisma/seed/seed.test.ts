import { describe, expect, it } from "vitest";
import {
  AidFlow,
  AidType,
  EventType,
  LocationPrecision,
  MembershipRole,
  MembershipStatus,
  MilestoneStatus,
  ModerationStatus,
  NeedStatus,
  OrganizationKind,
  PartnershipForm,
  PartnershipSide,
  PartnershipStatus,
  ReportStatus,
  Sector,
} from "../../generated/prisma/enums";
import { assertSafeKey, thumbKeyFor } from "../../lib/files/store";
import { countryCenter, findCity } from "../../lib/geo/places";
import { eurPerUnit } from "../../lib/money/eur";
import { isLongUnanswered } from "../../lib/recovery/questions";
import { registryIdPattern, tenderIdPattern } from "../../lib/recovery/schema";
import {
  buildDemoDataset,
  demoAccounts,
  keyEventSlugs,
  keyOrganizationSlugs,
  SCHOOL_BUS_NEED_SLUG,
  YOUTH_COUNCIL_POLL_SLUG,
  type DemoDataset,
} from "./demo";
import { BAKHMACH_KATOTTG, BEREZHANY_KATOTTG, SHATSK_KATOTTG } from "./demo/communities";
import { communityInputs, communitySlugs, officialRows, parseHromadasCsv, readHromadasCsv } from "./official";
import { Random, seedId, slugify } from "./util";

const csvRows = readHromadasCsv();
const rows = officialRows(csvRows);
const now = new Date("2026-11-23T10:15:00Z");
const inputs = communityInputs(rows, now);
const communities = rows.map((row, i) => ({ id: inputs[i]?.id ?? "", slug: inputs[i]?.slug ?? "", row }));
const data = buildDemoDataset(communities, now);
const today = new Date("2026-11-23T00:00:00Z");

type Text = { uk?: string; en?: string };
const text = (value: unknown) => value as Text;
const cyrillic = /[\u0400-\u04ff]/;

function unique<T>(values: T[]): boolean {
  return new Set(values).size === values.length;
}

describe("official data", () => {
  it("parses every hromada of the CSV", () => {
    expect(csvRows).toHaveLength(1772);
    const berezhany = csvRows.find((r) => r.katottg === BEREZHANY_KATOTTG);
    expect(berezhany).toMatchObject({
      nameUk: "Бережанська міська територіальна громада",
      type: "URBAN",
      oblastUk: "Тернопільська область",
      raionUk: "Тернопільський район",
      centerUk: "Бережани",
      population: 26_259,
      shortEn: "Berezhanska",
      isOccupied: false,
    });
    expect(berezhany?.lat).toBeCloseTo(49.441, 3);
    expect(berezhany?.lng).toBeCloseTo(24.938, 3);
    expect(csvRows.filter((r) => r.oblastCode === "UA01000000000013043").every((r) => r.isOccupied && r.population === null)).toBe(true);
    expect(csvRows.filter((r) => r.combatZone === "ACTIVE")).toHaveLength(65);
  });

  it("refuses malformed files", () => {
    const header =
      "katottg,name_uk,name_en,type,oblast_uk,oblast_en,raion_uk,raion_en,center_uk,lat,lon,population,occupied,occupied_partly,combat_zone,short_uk,short_en,alt_short_uk,alt_short_en,center_en,center_katottg,oblast_katottg,raion_katottg,centroid_lat,centroid_lon,settlements";
    const row = "UA61040030000060956,Б,B,urban,О,O,Р,R,Ц,49.4,24.9,100,false,false,,Б,B,,,C,UA1,UA2,UA3,,,1";
    expect(parseHromadasCsv(`${header}\n${row}\n`)).toHaveLength(1);
    expect(() => parseHromadasCsv(`${header}\n${row.replace(",false,false,", ",maybe,false,")}\n`)).toThrow(/occupied/);
    expect(() => parseHromadasCsv(`${header}\n${row.replace(",urban,", ",city,")}\n`)).toThrow(/type/);
    expect(() => parseHromadasCsv(`${header.replace(",settlements", "")}\n${row.replace(/,1$/, "")}\n`)).toThrow(/settlements/);
  });

  it("adds Kyiv and Sevastopol", () => {
    expect(rows).toHaveLength(1774);
    const kyiv = inputs.find((c) => c.katottg === "UA80000000000093317");
    expect(kyiv).toMatchObject({ slug: "kyiv", population: 2_952_301, isOccupied: false, type: "URBAN" });
    expect(inputs.find((c) => c.katottg === "UA85000000000065278")).toMatchObject({
      slug: "sevastopol",
      isOccupied: true,
      population: null,
    });
  });

  it("gives all 1,774 communities unique, readable, stable slugs", () => {
    const slugs = inputs.map((c) => c.slug);
    expect(unique(slugs)).toBe(true);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(inputs.find((c) => c.katottg === BEREZHANY_KATOTTG)?.slug).toBe("berezhanska-urban");
    const shuffled = new Random("shuffle").shuffle(rows);
    expect(communitySlugs(shuffled)).toEqual(communitySlugs(rows));
  });

  it("publishes each community at its centre with an English label", () => {
    for (const c of inputs) {
      expect(c.status).toBe(ModerationStatus.PUBLISHED);
      expect(c.locationPrecision).toBe(LocationPrecision.EXACT);
      expect([c.publicLat, c.publicLng]).toEqual([c.lat, c.lng]);
      expect(c.isDemo).toBe(false);
      expect(unique([c.id])).toBe(true);
    }
    expect(text(inputs.find((c) => c.katottg === BEREZHANY_KATOTTG)?.name)).toEqual({
      uk: "Бережанська міська територіальна громада",
      en: "Berezhanska urban hromada",
    });
    expect(unique(inputs.map((c) => c.id))).toBe(true);
  });
});

describe("demo dataset", () => {
  it("is deterministic, and its ids and slugs do not depend on the day", () => {
    const again = buildDemoDataset(communities, new Date("2026-11-23T23:59:00Z"));
    expect(again).toEqual(data);
    const later = buildDemoDataset(communities, new Date("2027-02-01T08:00:00Z"));
    const keys = (d: DemoDataset) => [
      d.organizations.map((o) => `${o.row.id}:${o.row.slug}`),
      d.needs.map((n) => `${n.row.id}:${n.row.slug}`),
      d.partnerships.map((p) => `${p.row.id}:${p.row.slug}`),
      d.events.map((e) => `${e.id}:${e.slug}`),
      d.announcements.map((a) => `${a.id}:${a.slug}`),
      d.polls.polls.map((p) => `${p.id}:${p.slug}`),
      d.polls.votes.map((v) => v.id),
      d.moderation.auditLogs.map((a) => a.id),
      // A plan's shape (steps, their status, every transaction and photo) does not move with the day either.
      d.recovery.milestones.map((m) => `${m.id}:${m.milestoneStatus}`),
      d.recovery.transactions.map((t) => `${t.id}:${t.flow}:${t.amountMinor}`),
      d.recovery.evidence.map((e) => e.row.storedKey),
      d.recovery.questions.map((q) => q.id),
    ];
    expect(keys(later)).toEqual(keys(data));
  });

  it("has unique ids and slugs and marks every row as demo", () => {
    const tables: { id: string; slug?: string; isDemo?: boolean }[][] = [
      data.users,
      data.organizations.map((o) => o.row),
      data.needs.map((n) => n.row),
      data.partnerships.map((p) => p.row),
      data.events,
      data.announcements,
      data.polls.polls,
      data.recovery.milestones,
      data.recovery.transactions,
      data.recovery.evidence.map((e) => e.row),
    ];
    expect(unique(data.recovery.questions.map((q) => q.id))).toBe(true);
    expect(unique(data.recovery.exchangeRates.map((r) => r.id))).toBe(true);
    for (const table of tables) {
      expect(unique(table.map((r) => r.id))).toBe(true);
      if (table[0]?.slug !== undefined) expect(unique(table.map((r) => r.slug))).toBe(true);
      for (const row of table) expect(row.isDemo).toBe(true);
    }
    expect(seedId("x", "y")).toMatch(/^c[a-z0-9]{24}$/);
    expect(slugify("Łódź Über-Straße")).toBe("lodz-uber-strasse");
  });

  it("writes every translatable text in both languages", () => {
    const fields: unknown[] = [
      ...data.organizations.flatMap((o) => [o.row.name, o.row.mission, o.row.description, o.row.activities]),
      ...data.communityProfiles.flatMap((p) => [
        p.data.description,
        p.data.challenges,
        p.data.assetIndustry,
        p.data.assetHeritage,
        p.data.assetInfrastructure,
        p.data.offer,
      ]),
      ...data.needs.flatMap((n) => [n.row.title, n.row.description]),
      ...data.partnerships.flatMap((p) => [p.row.title, p.row.description]),
      ...data.events.flatMap((e) => [e.title, e.description]),
      ...data.announcements.flatMap((a) => [a.title, a.body]),
      ...data.polls.polls.flatMap((p) => [p.question, p.description]),
      ...data.polls.options.map((o) => o.label),
      ...data.recovery.milestones.map((m) => m.title),
    ];
    for (const field of fields) {
      const { uk, en } = text(field);
      expect(uk?.trim(), JSON.stringify(field)).toBeTruthy();
      expect(en?.trim(), JSON.stringify(field)).toBeTruthy();
      expect(cyrillic.test(uk ?? ""), uk).toBe(true);
      expect(cyrillic.test(en ?? ""), en).toBe(false);
    }
  });

  describe("organisations", () => {
    const orgs = data.organizations.map((o) => o.row);

    it("meet the minimum counts and spread", () => {
      expect(orgs.length).toBeGreaterThanOrEqual(150);
      expect(new Set(orgs.map((o) => o.country)).size).toBeGreaterThanOrEqual(15);
      expect(new Set(orgs.map((o) => o.kind))).toEqual(new Set(Object.values(OrganizationKind)));
      expect(new Set(orgs.flatMap((o) => o.sectors))).toEqual(new Set(Object.values(Sector)));
      for (const o of orgs) {
        expect(o.sectors.length).toBeGreaterThanOrEqual(1);
        expect(o.sectors.length).toBeLessThanOrEqual(4);
        expect(o.languages.length).toBeGreaterThanOrEqual(1);
        expect(o.email).toBe(`info@${o.slug}.example`);
        expect(o.website).toBe(`https://${o.slug}.example`);
        expect(findCity(o.country, o.city), o.slug).toBeDefined();
        expect(o.foundedYear).toBeGreaterThan(1900);
        if (o.budgetMinMinor != null) {
          expect(o.budgetCurrency).toMatch(/^[A-Z]{3}$/);
          expect(BigInt(o.budgetMaxMinor ?? 0n)).toBeGreaterThanOrEqual(BigInt(o.budgetMinMinor));
        }
      }
      const verified = orgs.filter((o) => o.isVerified).length / orgs.length;
      expect(verified).toBeGreaterThan(0.45);
      expect(verified).toBeLessThan(0.75);
      const statuses = new Set(orgs.map((o) => o.status));
      for (const status of [ModerationStatus.PENDING, ModerationStatus.DRAFT, ModerationStatus.REJECTED])
        expect(statuses.has(status)).toBe(true);
      expect(orgs.filter((o) => o.status === ModerationStatus.PUBLISHED).length / orgs.length).toBeGreaterThan(0.9);
      expect(orgs.some((o) => o.kind === OrganizationKind.FOREIGN_MUNICIPALITY && o.population)).toBe(true);
    });

    it("hide the stored point unless the precision is EXACT", () => {
      const byPrecision = new Set(orgs.map((o) => o.locationPrecision));
      expect(byPrecision).toEqual(new Set(Object.values(LocationPrecision)));
      for (const o of orgs) {
        const city = findCity(o.country, o.city);
        if (o.locationPrecision === LocationPrecision.EXACT) {
          expect([o.publicLat, o.publicLng]).toEqual([o.lat, o.lng]);
          // An address in town: a few hundred metres to a few km from the centre.
          const km = Math.hypot((o.lat - (city?.lat ?? 0)) * 111, (o.lng - (city?.lng ?? 0)) * 111 * Math.cos((o.lat * Math.PI) / 180));
          expect(km).toBeGreaterThan(0.2);
          expect(km).toBeLessThan(3.5);
        } else {
          expect(o.publicLat === o.lat && o.publicLng === o.lng).toBe(false);
          const expected = o.locationPrecision === LocationPrecision.CITY ? { lat: city?.lat, lng: city?.lng } : countryCenter(o.country);
          expect({ lat: o.publicLat, lng: o.publicLng }).toEqual(expected);
        }
      }
    });

    it("serve the journeys: Berlin education with upcoming events, Kyiv, school-bus donors", () => {
      const berlinEducation = orgs.filter(
        (o) =>
          o.country === "DE" &&
          o.city === "Berlin" &&
          o.sectors.includes(Sector.EDUCATION_YOUTH) &&
          o.status === ModerationStatus.PUBLISHED,
      );
      expect(berlinEducation.length).toBeGreaterThanOrEqual(3);
      const upcoming = data.events.filter(
        (e) => e.startsAt > today && berlinEducation.some((o) => o.id === e.organizationId) && e.sectors.includes(Sector.EDUCATION_YOUTH),
      );
      expect(upcoming.length).toBeGreaterThanOrEqual(3);
      expect(upcoming.map((e) => e.slug)).toContain(keyEventSlugs.berlinSchoolBusEvening);

      const kyiv = data.organizations.filter((o) => /Kyiv|Київ/.test(`${o.name.en} ${o.name.uk} ${o.row.city}`));
      expect(kyiv.map((o) => o.row.slug)).toEqual(expect.arrayContaining([keyOrganizationSlugs.kyivNamed, keyOrganizationSlugs.kyivBased]));

      const vehicles = orgs.filter(
        (o) =>
          o.sectors.includes(Sector.SPECIAL_VEHICLES) &&
          o.aidTypes.includes(AidType.GRANT) &&
          o.aidTypes.includes(AidType.IN_KIND) &&
          o.languages.some((l) => l === "de" || l === "pl"),
      );
      expect(vehicles.map((o) => o.slug)).toEqual(
        expect.arrayContaining([keyOrganizationSlugs.berlinRepresentative, keyOrganizationSlugs.vehiclesLublin]),
      );
    });
  });

  describe("communities, needs and partnerships", () => {
    it("profile at least 60 communities in 20 oblasts, none occupied or in Crimea", () => {
      const profiles = data.communityProfiles;
      expect(profiles.length).toBeGreaterThanOrEqual(60);
      expect(new Set(profiles.map((p) => p.community.row.oblastCode)).size).toBeGreaterThanOrEqual(20);
      for (const p of profiles) {
        expect(p.community.row.isOccupied).toBe(false);
        expect(p.community.row.oblastCode).not.toBe("UA01000000000013043");
        expect(p.data.hasProfile).toBe(true);
      }
      expect(profiles.some((p) => p.community.row.katottg === BEREZHANY_KATOTTG && p.data.isVerified)).toBe(true);
      expect(profiles.filter((p) => p.data.isVerified).length).toBeGreaterThan(5);
    });

    it("register at least 100 needs over every sector, with the school bus", () => {
      const needs = data.needs.map((n) => n.row);
      expect(needs.length).toBeGreaterThanOrEqual(100);
      expect(new Set(needs.map((n) => n.sector))).toEqual(new Set(Object.values(Sector)));
      expect(new Set(needs.map((n) => n.currency))).toEqual(new Set(["EUR", "USD", "UAH"]));
      expect(new Set(needs.map((n) => n.needStatus))).toEqual(new Set(Object.values(NeedStatus)));
      expect(needs.filter((n) => n.needStatus === NeedStatus.OPEN).length / needs.length).toBeGreaterThan(0.6);
      const profiled = new Set(data.communityProfiles.map((p) => p.community.id));
      for (const n of needs) {
        expect(profiled.has(n.communityId)).toBe(true);
        expect(n.costMinor != null && BigInt(n.costMinor) > 0n).toBe(true);
        expect(n.aidTypes.length).toBeGreaterThan(0);
      }
      const bus = needs.find((n) => n.slug === SCHOOL_BUS_NEED_SLUG);
      expect(bus).toMatchObject({
        sector: Sector.SPECIAL_VEHICLES,
        currency: "EUR",
        costMinor: 6_000_000n,
        needStatus: NeedStatus.OPEN,
        status: ModerationStatus.PUBLISHED,
      });
      expect(bus?.aidTypes).toEqual([AidType.GRANT, AidType.IN_KIND]);
      expect(bus?.communityId).toBe(communities.find((c) => c.row.katottg === BEREZHANY_KATOTTG)?.id);
    });

    it("link partners in every form and status, consistently with the needs", () => {
      const partnerships = data.partnerships.map((p) => p.row);
      expect(partnerships.length).toBeGreaterThanOrEqual(40);
      expect(new Set(partnerships.map((p) => p.form))).toEqual(new Set(Object.values(PartnershipForm)));
      expect(new Set(partnerships.map((p) => p.partnershipStatus))).toEqual(new Set(Object.values(PartnershipStatus)));
      expect(partnerships.filter((p) => p.partnerOrganizationId && !p.communityId).length).toBeGreaterThanOrEqual(2);
      const needById = new Map(data.needs.map((n) => [n.row.id, n.row]));
      const partnershipById = new Map(partnerships.map((p) => [p.id, p]));
      expect(unique(data.partnershipNeeds.map((l) => `${l.partnershipId}|${l.needId}`))).toBe(true);
      for (const link of data.partnershipNeeds) {
        const need = needById.get(link.needId);
        const partnership = partnershipById.get(link.partnershipId);
        expect(need && partnership).toBeTruthy();
        expect(partnership?.communityId).toBe(need?.communityId);
        if (partnership?.partnershipStatus === PartnershipStatus.COMPLETED)
          expect(need).toMatchObject({ needStatus: NeedStatus.MET, metByPartnershipId: partnership.id });
        if (partnership?.partnershipStatus === PartnershipStatus.ACTIVE) expect(need?.needStatus).not.toBe(NeedStatus.OPEN);
      }
      for (const p of partnerships) {
        if (p.partnershipStatus === PartnershipStatus.ACTIVE || p.partnershipStatus === PartnershipStatus.COMPLETED)
          expect(p.startDate).toBeTruthy();
        if (p.endDate && p.startDate) expect(new Date(p.endDate).getTime()).toBeGreaterThan(new Date(p.startDate).getTime());
      }
      // Journey 3 proposes this partnership itself.
      const bridges = data.organizations.find((o) => o.row.slug === keyOrganizationSlugs.berlinRepresentative);
      const berezhany = communities.find((c) => c.row.katottg === BEREZHANY_KATOTTG);
      expect(partnerships.some((p) => p.organizationId === bridges?.row.id && p.communityId === berezhany?.id)).toBe(false);
    });
  });

  describe("events, announcements, polls", () => {
    it("cover every event type, past and upcoming, in real time zones", () => {
      const events = data.events;
      expect(events.length).toBeGreaterThanOrEqual(40);
      expect(new Set(events.map((e) => e.type))).toEqual(new Set(Object.values(EventType)));
      expect(events.some((e) => e.startsAt < today)).toBe(true);
      expect(events.filter((e) => e.startsAt > today).length).toBeGreaterThanOrEqual(20);
      expect(events.some((e) => e.communityId)).toBe(true);
      for (const e of events) {
        expect(() => new Intl.DateTimeFormat("en", { timeZone: e.timeZone })).not.toThrow();
        expect(new Date(e.endsAt).getTime()).toBeGreaterThan(e.startsAt.getTime());
        expect(e.organizationId || e.communityId).toBeTruthy();
        expect(e.languages.length).toBeGreaterThan(0);
        expect(e.sectors.length).toBeGreaterThan(0);
        if (e.isOnline) {
          expect(e.onlineUrl).toMatch(/^https:\/\/meet\.example\//);
          expect(e.lat ?? e.publicLat ?? null).toBeNull();
        } else {
          expect(e.publicLat).not.toBeNull();
          if (e.locationPrecision !== LocationPrecision.EXACT) expect(e.publicLat === e.lat && e.publicLng === e.lng).toBe(false);
        }
        if (e.registrationDeadline) expect(new Date(e.registrationDeadline).getTime()).toBeLessThan(e.startsAt.getTime());
      }
      // Evening events in Berlin start at 18:30 local time, whatever the season.
      const evening = events.find((e) => e.slug === keyEventSlugs.berlinSchoolBusEvening);
      const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(
        evening?.startsAt,
      );
      expect(local).toBe("18:30");
    });

    it("post at least 20 announcements in Markdown", () => {
      expect(data.announcements.length).toBeGreaterThanOrEqual(20);
      expect(data.announcements.some((a) => a.communityId)).toBe(true);
      expect(data.announcements.some((a) => /\*\*|^#|^- /m.test(text(a.body).uk ?? ""))).toBe(true);
    });

    it("run at least 5 polls that respect anonymity and one vote per person", () => {
      const { polls, options, participations, votes, tallies } = data.polls;
      expect(polls.length).toBeGreaterThanOrEqual(5);
      const nominations = polls.find((p) => p.slug === YOUTH_COUNCIL_POLL_SLUG);
      expect(nominations?.allowNominations).toBe(true);
      expect(options.some((o) => o.pollId === nominations?.id && o.isApproved === false)).toBe(true);
      // Each in its organiser's zone: the Berlin youth initiative's in Berlin's, a hromada's in Kyiv's.
      expect(nominations?.timeZone).toBe("Europe/Berlin");
      expect(polls.find((p) => p.slug === "berezhany-first-project")?.timeZone).toBe("Europe/Kyiv");
      for (const poll of polls) expect(() => new Intl.DateTimeFormat("en", { timeZone: poll.timeZone })).not.toThrow();
      expect(polls.some((p) => p.isAnonymous) && polls.some((p) => !p.isAnonymous)).toBe(true);
      expect(polls.some((p) => p.opensAt > today)).toBe(true); // upcoming
      expect(polls.some((p) => p.closesAt < today)).toBe(true); // closed
      expect(polls.some((p) => p.opensAt <= today && p.closesAt > today)).toBe(true); // open
      expect(unique(participations.map((p) => `${p.pollId}|${p.userId}`))).toBe(true);
      expect(tallies.map((t) => t.optionId).sort()).toEqual(options.map((o) => o.id).sort());
      for (const poll of polls) {
        const pollVotes = votes.filter((v) => v.pollId === poll.id);
        const pollTallies = tallies.filter((t) => t.pollId === poll.id);
        const counted = poll.isAnonymous ? pollTallies.reduce((sum, t) => sum + (t.count ?? 0), 0) : pollVotes.length;
        expect(counted).toBe(participations.filter((p) => p.pollId === poll.id).length);
        // Anonymous polls keep only counts; named polls only Vote rows.
        if (poll.isAnonymous) expect(pollVotes).toHaveLength(0);
        else expect(pollTallies.every((t) => t.count === 0)).toBe(true);
        for (const v of pollVotes) {
          expect(v.userId).toEqual(expect.any(String));
          const option = options.find((o) => o.id === v.optionId);
          expect(option?.pollId).toBe(poll.id);
          expect(option?.isApproved).toBe(true);
        }
        for (const t of pollTallies.filter((t) => t.count)) expect(options.find((o) => o.id === t.optionId)?.isApproved).toBe(true);
        if (poll.opensAt > today) expect(counted).toBe(0);
      }
      const member = data.users.find((u) => u.email === demoAccounts.member)?.id;
      expect(participations.some((p) => p.userId === member)).toBe(false);
    });
  });

  describe("recovery plans", () => {
    const { milestones, milestoneNeeds, transactions, evidence, questions, exchangeRates } = data.recovery;
    const partnershipById = new Map(data.partnerships.map((p) => [p.row.id, p]));
    const milestoneById = new Map(milestones.map((m) => [m.id, m]));
    const communityByKatottg = (katottg: string) => communities.find((c) => c.row.katottg === katottg)?.id;
    const sidesOf = (partnershipId: string) => {
      const p = partnershipById.get(partnershipId)?.row;
      return [PartnershipSide.ORGANIZATION, p?.communityId ? PartnershipSide.COMMUNITY : PartnershipSide.PARTNER_ORGANIZATION];
    };
    const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : Number.NaN);

    it("give at least 25 public partnerships in at least 8 communities 1–4 steps, the three named communities among them", () => {
      const planned = new Set(milestones.map((m) => m.partnershipId));
      expect(planned.size).toBeGreaterThanOrEqual(25);
      for (const id of planned) {
        const p = partnershipById.get(id)?.row;
        expect(p?.status).toBe(ModerationStatus.PUBLISHED);
        expect([PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED]).toContain(p?.partnershipStatus);
        const count = milestones.filter((m) => m.partnershipId === id).length;
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(4);
      }
      const planCommunities = new Set([...planned].map((id) => partnershipById.get(id)?.row.communityId).filter(Boolean));
      expect(planCommunities.size).toBeGreaterThanOrEqual(8);
      for (const katottg of [SHATSK_KATOTTG, BEREZHANY_KATOTTG, BAKHMACH_KATOTTG]) {
        const id = communityByKatottg(katottg);
        expect(id, katottg).toBeTruthy();
        expect(planCommunities.has(id), katottg).toBe(true);
        expect(data.communityProfiles.some((p) => p.community.id === id)).toBe(true);
      }
      // Journey 3 stays as it was: the school bus is open and nobody's plan.
      const bus = data.needs.find((n) => n.row.slug === SCHOOL_BUS_NEED_SLUG);
      expect(bus?.row.needStatus).toBe(NeedStatus.OPEN);
      expect(milestoneNeeds.some((l) => l.needId === bus?.row.id)).toBe(false);
    });

    it("link each step to a need its partnership addresses, in every status, with reasons for cancellations", () => {
      expect(new Set(milestones.map((m) => m.milestoneStatus))).toEqual(new Set(Object.values(MilestoneStatus)));
      for (const link of milestoneNeeds) {
        const m = milestoneById.get(link.milestoneId);
        expect(m && partnershipById.get(m.partnershipId)?.needIds).toContain(link.needId);
      }
      expect(milestoneNeeds.length).toBeGreaterThan(milestones.length / 2);
      const cancelled = milestones.filter((m) => m.milestoneStatus === MilestoneStatus.CANCELLED);
      expect(cancelled.length).toBeGreaterThanOrEqual(2);
      for (const m of cancelled) expect(m.cancelReason?.length ?? 0).toBeGreaterThan(10);
      const ofCompleted = milestones.filter(
        (m) => partnershipById.get(m.partnershipId)?.row.partnershipStatus === PartnershipStatus.COMPLETED,
      );
      expect(ofCompleted.filter((m) => m.milestoneStatus === MilestoneStatus.CONFIRMED).length / ofCompleted.length).toBeGreaterThan(0.6);
      const registered = milestones.filter((m) => m.registryProjectId);
      const tendered = milestones.filter((m) => m.tenderId);
      expect(registered.length).toBeGreaterThan(0);
      expect(tendered.length).toBeGreaterThan(0);
      for (const m of registered) expect(m.registryProjectId).toMatch(registryIdPattern);
      for (const m of tendered) expect(m.tenderId).toMatch(tenderIdPattern);
    });

    it("say who delivered and when the other side confirmed, never in the future", () => {
      for (const m of milestones) {
        const done = m.milestoneStatus === MilestoneStatus.DELIVERED || m.milestoneStatus === MilestoneStatus.CONFIRMED;
        if (done) {
          expect(sidesOf(m.partnershipId)).toContain(m.deliveredBySide);
          expect(time(m.deliveredAt)).toBeLessThanOrEqual(now.getTime());
        } else {
          expect(m.deliveredBySide ?? m.deliveredAt).toBeNull();
        }
        if (m.milestoneStatus === MilestoneStatus.CONFIRMED) {
          expect(m.deliveredBySide).toBeTruthy();
          expect(m.confirmedAt).toBeTruthy();
          expect(time(m.confirmedAt)).toBeGreaterThan(time(m.deliveredAt));
          expect(time(m.confirmedAt)).toBeLessThanOrEqual(now.getTime());
        } else {
          expect(m.confirmedAt ?? m.confirmedById ?? null).toBeNull();
        }
        expect(m.cancelReason !== null).toBe(m.milestoneStatus === MilestoneStatus.CANCELLED);
        expect(time(m.createdAt)).toBeLessThanOrEqual(now.getTime());
      }
    });

    it("move money and goods between the partnership's two sides, in order and within the pledge", () => {
      expect(new Set(transactions.map((t) => t.flow))).toEqual(new Set(Object.values(AidFlow)));
      const currencies = new Set(transactions.map((t) => t.currency));
      expect(currencies.size).toBeGreaterThanOrEqual(5);
      expect(currencies.has("UAH") && currencies.has("EUR")).toBe(true);
      const inKind = transactions.filter((t) => t.inKind);
      expect(inKind.length).toBeGreaterThanOrEqual(3);
      for (const t of inKind) {
        expect(t.quantity).toBeGreaterThan(0);
        expect(t.item?.trim()).toBeTruthy();
      }
      for (const t of transactions) {
        const m = milestoneById.get(t.milestoneId);
        expect(m?.partnershipId).toBe(t.partnershipId);
        expect(m?.milestoneStatus).not.toBe(MilestoneStatus.CANCELLED);
        const sides = sidesOf(t.partnershipId);
        expect(sides).toContain(t.providerSide);
        expect(sides).toContain(t.receiverSide);
        expect(t.providerSide).not.toBe(t.receiverSide);
        expect(Object.keys(eurPerUnit)).toContain(t.currency);
        expect(t.amountMinor).toBeGreaterThan(0n);
        expect(t.date.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(t.isDemo).toBe(true);
      }
      for (const m of milestones) {
        const own = transactions.filter((t) => t.milestoneId === m.id);
        const of = (flow: AidFlow) => own.filter((t) => t.flow === flow);
        for (const currency of new Set(own.map((t) => t.currency))) {
          const sum = (flow: AidFlow) =>
            of(flow)
              .filter((t) => t.currency === currency)
              .reduce((total, t) => total + t.amountMinor, 0n);
          expect(sum(AidFlow.DISBURSEMENT), `${m.id} ${currency}`).toBeLessThanOrEqual(sum(AidFlow.COMMITMENT));
        }
        const latest = (flow: AidFlow) => Math.max(...of(flow).map((t) => t.date.getTime()));
        const earliest = (flow: AidFlow) => Math.min(...of(flow).map((t) => t.date.getTime()));
        if (of(AidFlow.DISBURSEMENT).length) expect(earliest(AidFlow.DISBURSEMENT)).toBeGreaterThanOrEqual(latest(AidFlow.COMMITMENT));
        if (of(AidFlow.EXPENDITURE).length) {
          expect(m.milestoneStatus).toBe(MilestoneStatus.CONFIRMED);
          expect(earliest(AidFlow.EXPENDITURE)).toBeGreaterThanOrEqual(latest(AidFlow.DISBURSEMENT));
        }
        if (m.milestoneStatus === MilestoneStatus.PLANNED) expect(of(AidFlow.DISBURSEMENT)).toHaveLength(0);
        // A confirmed step paid in money shows what was spent on it.
        if (m.milestoneStatus === MilestoneStatus.CONFIRMED && own.length && !own.some((t) => t.inKind))
          expect(of(AidFlow.EXPENDITURE).length).toBeGreaterThan(0);
      }
    });

    it("prove most deliveries with photos under the demo's own keys, and ask public questions", () => {
      const delivered = milestones.filter(
        (m) => m.milestoneStatus === MilestoneStatus.DELIVERED || m.milestoneStatus === MilestoneStatus.CONFIRMED,
      );
      const photographed = new Set(evidence.map((e) => e.row.milestoneId));
      expect(photographed.size / delivered.length).toBeGreaterThan(0.5);
      expect(photographed.size).toBeLessThan(evidence.length); // some steps have two
      expect(unique(evidence.map((e) => e.row.storedKey))).toBe(true);
      for (const { row, image } of evidence) {
        expect(delivered.map((m) => m.id)).toContain(row.milestoneId);
        expect(() => assertSafeKey(row.storedKey)).not.toThrow();
        expect(row.storedKey).toBe(`demo/${row.id}.jpg`);
        expect(row.thumbKey).toBe(thumbKeyFor(row.storedKey));
        expect(row.fileName).toMatch(/^[a-z0-9-]+\.jpg$/);
        expect(row.caption?.trim()).toBeTruthy();
        expect(row.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(image.seed).toBe(row.id);
        expect(image.label.trim()).toBeTruthy();
      }

      expect(questions.length).toBeGreaterThanOrEqual(4);
      const demoUsers = new Set(data.users.map((u) => u.id));
      for (const q of questions) {
        expect(demoUsers.has(q.authorId ?? "")).toBe(true);
        expect(milestoneById.has(q.milestoneId)).toBe(true);
        expect(q.body.length).toBeGreaterThanOrEqual(10);
        expect(q.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
        if (q.answeredAt) {
          expect(q.answer?.trim()).toBeTruthy();
          expect(time(q.answeredAt)).toBeGreaterThan(q.createdAt.getTime());
          expect(time(q.answeredAt)).toBeLessThanOrEqual(now.getTime());
        }
      }
      expect(questions.filter((q) => q.answeredAt).length).toBeGreaterThanOrEqual(3);
      const open = questions.filter((q) => !q.answeredAt);
      expect(open.some((q) => isLongUnanswered({ answeredAt: null, createdAt: q.createdAt }, now))).toBe(true);
    });

    it("rate every other currency from 1 January 2026, and hryvnias again from July", () => {
      const others = Object.keys(eurPerUnit).filter((c) => c !== "EUR");
      const first = exchangeRates.filter((r) => r.validFrom.toISOString() === "2026-01-01T00:00:00.000Z");
      expect(first.map((r) => r.currency).sort()).toEqual(others.sort());
      for (const r of first) expect(Number(r.eurPerUnit)).toBe(eurPerUnit[r.currency]);
      const newer = exchangeRates.filter((r) => r.currency === "UAH" && r.validFrom.getTime() > Date.UTC(2026, 0, 1));
      expect(newer).toHaveLength(1);
      expect(Number(newer[0]?.eurPerUnit)).toBeCloseTo(0.021, 6);
      expect(unique(exchangeRates.map((r) => `${r.currency}|${r.validFrom.toISOString()}`))).toBe(true);
    });
  });

  it("has one account per role, verified roles for the journeys, claims, reports and an audit trail", () => {
    const emails = data.users.map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(Object.values(demoAccounts)));
    for (const u of data.users) expect(u.emailVerified).toBeTruthy();
    expect(data.users.find((u) => u.email === demoAccounts.admin)?.role).toBe("ADMIN");
    expect(data.users.find((u) => u.email === demoAccounts.moderator)?.role).toBe("MODERATOR");
    const id = (email: string) => data.users.find((u) => u.email === email)?.id;
    const { memberships, reports, auditLogs } = data.moderation;
    const berezhanyId = communities.find((c) => c.row.katottg === BEREZHANY_KATOTTG)?.id;
    expect(memberships).toContainEqual(
      expect.objectContaining({
        userId: id(demoAccounts.official),
        communityId: berezhanyId,
        role: MembershipRole.OFFICIAL,
        status: MembershipStatus.VERIFIED,
      }),
    );
    const bridges = data.organizations.find((o) => o.row.slug === keyOrganizationSlugs.berlinRepresentative);
    expect(bridges?.row.city).toBe("Berlin");
    expect(memberships).toContainEqual(
      expect.objectContaining({
        userId: id(demoAccounts.representative),
        organizationId: bridges?.row.id,
        role: MembershipRole.REPRESENTATIVE,
        status: MembershipStatus.VERIFIED,
      }),
    );
    expect(memberships.filter((m) => m.status === MembershipStatus.PENDING).length).toBeGreaterThanOrEqual(2);
    expect(reports.filter((r) => r.status === ReportStatus.OPEN).length).toBeGreaterThanOrEqual(2);
    expect(unique(reports.map((r) => `${r.reporterId}|${r.targetType}|${r.targetId}`))).toBe(true);
    const approvals = auditLogs.filter((a) => a.action === "organization.approved");
    expect(approvals.length).toBeGreaterThan(0);
    for (const a of auditLogs) expect(a.actorId).toBe(id(demoAccounts.moderator));
  });
});
