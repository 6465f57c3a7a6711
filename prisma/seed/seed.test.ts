import { describe, expect, it } from "vitest";
import {
  AidType,
  EventType,
  LocationPrecision,
  MembershipRole,
  MembershipStatus,
  ModerationStatus,
  NeedStatus,
  OrganizationKind,
  PartnershipForm,
  PartnershipStatus,
  ReportStatus,
  Sector,
} from "../../generated/prisma/enums";
import { countryCenter, findCity } from "../../lib/geo/places";
import {
  buildDemoDataset,
  demoAccounts,
  keyEventSlugs,
  keyOrganizationSlugs,
  SCHOOL_BUS_NEED_SLUG,
  YOUTH_COUNCIL_POLL_SLUG,
  type DemoDataset,
} from "./demo";
import { BEREZHANY_KATOTTG } from "./demo/communities";
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
    ];
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
