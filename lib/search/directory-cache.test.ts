import { describe, expect, it } from "vitest";
import { directoryCacheKey, queryOfDirectoryCacheKey } from "./directory-cache";
import { bumpTags } from "@/lib/cache/tags";
import { parseCommunityFilters } from "@/lib/community/filters";
import { parseOrganizationFilters } from "@/lib/organization/filters";

const key = (query: string, version = 3) => directoryCacheKey("organizations", new URLSearchParams(query), version);

describe("directoryCacheKey", () => {
  it("gives one key to the same search however the URL spells it", () => {
    const canonical = key("q=Berlin&sector=EDUCATION_YOUTH&language=de");
    expect(canonical).not.toBeNull();
    expect(key("language=de&q=Berlin&sector=EDUCATION_YOUTH")).toBe(canonical);
    expect(key("q=Berlin&sector=EDUCATION_YOUTH&language=de&_rsc=1x2y&utm_source=mail")).toBe(canonical);
    expect(key("q=%20Berlin%20&sector=EDUCATION_YOUTH,NOT_A_SECTOR&language=de&page=1")).toBe(canonical);
  });

  it("tells different searches, pages and listing versions apart", () => {
    const keys = [key("q=Berlin"), key("q=Berlin&page=2"), key("q=Berlin&sort=name"), key("q=Berlin", 4), key("q=berlin"), key("")];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("leaves very long searches to per-request rendering", () => {
    const countries = ["DE", "PL", "FR", "IT", "ES", "CA", "US", "GB", "CZ", "AT", "NL", "BE", "PT", "SE", "NO", "DK", "FI", "IE"];
    expect(
      key(`q=${"w".repeat(199)}&${countries.map((c) => `country=${c}`).join("&")}&sector=HEATING&sector=HEALTHCARE&language=de`),
    ).toBeNull();
  });

  it("gives back the filters it stands for", () => {
    for (const query of ["q=Київ&kind=DIASPORA_ASSOCIATION&country=CA&page=3", "", "verified=1&sort=updated", "q=%F0%9F%98%80%E2%80%AE"]) {
      const made = key(query)!;
      expect(parseOrganizationFilters(queryOfDirectoryCacheKey(made)!)).toEqual(parseOrganizationFilters(new URLSearchParams(query)));
    }
    const community = directoryCacheKey("communities", new URLSearchParams("oblast=UA61000000000060328&type=URBAN&population=2"), 0)!;
    expect(parseCommunityFilters(queryOfDirectoryCacheKey(community)!)).toEqual(
      parseCommunityFilters(new URLSearchParams("oblast=UA61000000000060328&type=URBAN&population=2")),
    );
  });

  it("keys on the directory's own tags: an event's write leaves it, an organisation's moves it", () => {
    const now = () => directoryCacheKey("organizations", new URLSearchParams("q=Berlin"));
    const communities = () => directoryCacheKey("communities", new URLSearchParams(""));
    const [organizationsKey, communitiesKey] = [now(), communities()];
    bumpTags(["events", "polls"]);
    expect([now(), communities()]).toEqual([organizationsKey, communitiesKey]);
    bumpTags(["needs"]); // a community's card shows its open needs' sectors
    expect([now(), communities()]).not.toContain(communitiesKey);
    expect(now()).toBe(organizationsKey);
    bumpTags(["organizations"]);
    expect(now()).not.toBe(organizationsKey);
  });

  it("refuses keys it did not make", () => {
    for (const bogus of ["", "abc", "1.a b", "x.cT1h", "../../etc", "1.cT1h/extra"]) expect(queryOfDirectoryCacheKey(bogus)).toBeNull();
  });
});
