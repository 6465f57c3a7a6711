import { describe, expect, it } from "vitest";
import {
  communityColumns,
  communityRecord,
  eventColumns,
  eventRecord,
  needColumns,
  needRecord,
  organizationColumns,
  organizationRecord,
} from "./records";

const organization = {
  slug: "bridges-for-schools-berlin",
  name: { uk: "Мости для шкіл", en: "Bridges for Schools" },
  kind: "DIASPORA_ASSOCIATION" as const,
  country: "DE",
  city: "Berlin",
  sectors: ["EDUCATION_YOUTH" as const, "CULTURE_IDENTITY" as const],
  languages: ["uk", "de"],
  website: null,
  foundedYear: 2015,
  isVerified: true,
  isDemo: true,
  updatedAt: new Date("2026-11-22T12:00:00Z"),
  publicLat: 52.52,
  publicLng: 13.405,
};

describe("organizationRecord", () => {
  it("has exactly the documented columns, the public point and an absolute English profile URL", () => {
    const record = organizationRecord(organization, "https://atlas.example");
    expect(Object.keys(record)).toEqual([...organizationColumns]);
    expect(record).toMatchObject({
      url: "https://atlas.example/en/organizations/bridges-for-schools-berlin",
      name_uk: "Мости для шкіл",
      name_en: "Bridges for Schools",
      website: null,
      founded_year: 2015,
      verified: true,
      is_demo: true,
      updated_at: "2026-11-22T12:00:00.000Z",
      latitude: 52.52,
      longitude: 13.405,
    });
  });

  it("leaves a missing translation empty rather than guessing", () => {
    expect(organizationRecord({ ...organization, name: { uk: "Лише українською" } }, "http://localhost").name_en).toBeNull();
  });
});

describe("communityRecord", () => {
  it("has exactly the documented columns and sorted, distinct open-need sectors", () => {
    const record = communityRecord(
      {
        slug: "berezhanska-urban",
        katottg: "UA61020010000060572",
        name: { uk: "Бережанська громада", en: "Berezhanska hromada" },
        type: "URBAN",
        oblastName: { uk: "Тернопільська", en: "Ternopil" },
        raionName: { uk: "Тернопільський", en: "Ternopil" },
        population: 30000,
        isOccupied: false,
        isPartlyOccupied: false,
        openNeedSectors: ["HEALTHCARE", "RENEWABLE_ENERGY", "HEALTHCARE"],
        isDemo: false,
        publicLat: 49.45,
        publicLng: 24.94,
      },
      "http://localhost:3000",
    );
    expect(Object.keys(record)).toEqual([...communityColumns]);
    expect(record.url).toBe("http://localhost:3000/en/communities/berezhanska-urban");
    expect(record.open_need_sectors).toEqual(["HEALTHCARE", "RENEWABLE_ENERGY"]);
    expect(record).toMatchObject({ oblast_uk: "Тернопільська", oblast_en: "Ternopil", occupied: false, population: 30000 });
  });
});

describe("eventRecord", () => {
  it("has exactly the documented columns, UTC instants with the organiser's zone, and the public point", () => {
    const record = eventRecord(
      {
        slug: "kyiv-forum",
        title: { uk: "Форум", en: "Forum" },
        type: "CONFERENCE",
        startsAt: new Date("2026-12-01T08:00:00Z"),
        endsAt: new Date("2026-12-01T16:00:00Z"),
        timeZone: "Europe/Kyiv",
        country: "UA",
        city: "Kyiv",
        sectors: ["HEALTHCARE"],
        languages: ["uk"],
        isDemo: false,
        publicLat: 50.45,
        publicLng: 30.52,
      },
      "https://atlas.example",
    );
    expect(Object.keys(record)).toEqual([...eventColumns]);
    expect(record).toMatchObject({
      url: "https://atlas.example/en/events/kyiv-forum",
      event_type: "CONFERENCE",
      starts_at: "2026-12-01T08:00:00.000Z",
      time_zone: "Europe/Kyiv",
      latitude: 50.45,
      longitude: 30.52,
    });
  });
});

describe("needRecord", () => {
  it("has exactly the documented columns and sits at its community's public point, linking to its community", () => {
    const need = {
      slug: "school-generator",
      title: { uk: "Генератор для школи" },
      sector: "RENEWABLE_ENERGY" as const,
      aidTypes: [],
      urgency: "HIGH" as const,
      deadline: null,
      isDemo: true,
      community: { slug: "berezhanska-urban", katottg: "UA61020010000060572", publicLat: 49.45, publicLng: 24.94 },
    };
    const record = needRecord(need, "http://localhost:3000");
    expect(Object.keys(record)).toEqual([...needColumns]);
    expect(record).toMatchObject({
      url: "http://localhost:3000/en/communities/berezhanska-urban",
      title_en: null,
      deadline: null,
      community_slug: "berezhanska-urban",
      latitude: 49.45,
      longitude: 24.94,
    });
  });
});
