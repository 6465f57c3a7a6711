import { describe, expect, it } from "vitest";
import { cachedPagePath, readCachedPage, sortedQuery, tagsOfPage, visitorCachedPath } from "./page-cache";
import { bumpTags, SECTION_TAGS } from "./tags";

const visitor = (pathname: string, query = "", cookies: string[] = [], method = "GET") =>
  visitorCachedPath({
    method,
    pathname,
    searchParams: new URLSearchParams(query),
    hasCookie: (name) => cookies.includes(name),
  });

describe("visitorCachedPath (the proxy's rewrite decision)", () => {
  it("sends visitors' public pages to their cached copy", () => {
    for (const path of [
      "/en",
      "/uk/",
      "/en/events",
      "/en/needs",
      "/en/partnerships",
      "/en/announcements",
      "/en/polls",
      "/en/map",
      "/en/events/spring-fair",
      "/uk/partnerships/school-heating",
      "/en/announcements/a-call",
      "/en/polls/which-day",
      "/en/organizations/ukrainian-house",
      "/uk/communities/bucha",
      "/en/organizations",
      "/en/communities",
    ]) {
      expect(visitor(path), path).toMatch(/^\/(uk|en)\/cached\//);
    }
  });

  it("renders per request for anyone with a session cookie, for writes and for pages not shared", () => {
    for (const cookie of ["atlas.session-token", "__Secure-atlas.session-token"]) {
      expect(visitor("/en/events/spring-fair", "", [cookie])).toBeNull();
      expect(visitor("/en", "", [cookie])).toBeNull();
    }
    expect(visitor("/en/events/spring-fair", "", ["atlas-viewer"])).not.toBeNull(); // the cosmetic hint is not a session
    expect(visitor("/en/events/spring-fair", "", [], "POST")).toBeNull();
    for (const path of [
      "/en/events/new",
      "/en/partnerships/proposals",
      "/en/organizations/new",
      "/en/organizations/x/edit",
      "/en/organizations/x/matches",
      "/en/communities/x/claim",
      "/en/account",
      "/en/admin",
      "/en/sign-in",
      "/en/cached/page/1./events",
      "/xx/events",
      "/",
    ]) {
      expect(visitor(path), path).toBeNull();
    }
  });

  it("keys lists and the map by their sorted query, without Next's own parameter", () => {
    expect(visitor("/en/events", "sector=A&type=B&_rsc=xyz")).toBe(visitor("/en/events", "type=B&sector=A"));
    expect(visitor("/en/events", "when=past")).not.toBe(visitor("/en/events"));
    expect(visitor("/en/map", "zoom=5")).not.toBe(visitor("/en/map", "zoom=6"));
    expect(visitor("/en/events", `q=${"x".repeat(500)}`)).toBeNull();
    // A post ignores its query: one copy however it is linked.
    expect(visitor("/en/events/spring-fair", "utm_source=mail")).toBe(visitor("/en/events/spring-fair"));
  });

  it("moves a page's key when what it shows is written, and only then", () => {
    const event = visitor("/en/events/spring-fair");
    const directory = visitor("/en/organizations");
    const home = visitor("/en");
    bumpTags(["polls"]); // unrelated to an event's page and to the directory
    expect(visitor("/en/events/spring-fair")).toBe(event);
    expect(visitor("/en/organizations")).toBe(directory);
    expect(visitor("/en")).not.toBe(home); // the home page counts polls' sections too
    bumpTags(["events"]);
    expect(visitor("/en/events/spring-fair")).not.toBe(event);
    expect(visitor("/en/organizations")).toBe(directory);
    bumpTags(["organizations"]);
    expect(visitor("/en/organizations")).not.toBe(directory);
  });

  it("gives a profile every section's tags and the home page all of them", () => {
    expect(tagsOfPage("organizations/x")).toEqual(expect.arrayContaining(["organizations", "events", "partnerships", "announcements"]));
    expect(tagsOfPage("")).toEqual([...SECTION_TAGS]);
    // An event's page also links the dialogue of its session.
    expect(tagsOfPage("events/x")).toEqual(["events", "organizations", "communities", "dialogues"]);
    expect(tagsOfPage("polls/x")).toEqual(["polls", "organizations", "communities"]);
    expect(tagsOfPage("admin")).toBeNull();
  });
});

describe("readCachedPage (the cached route reading its key)", () => {
  it("gives back the page and query the proxy keyed", () => {
    const path = cachedPagePath("en", "events", new URLSearchParams("type=A&type=B&sector=C"))!;
    const [, , , , key, ...segments] = path.split("/");
    expect(readCachedPage(key!, segments)).toEqual({ id: "list", path: ["events"], searchParams: { sector: "C", type: ["A", "B"] } });
    const home = cachedPagePath("uk", "", new URLSearchParams("a=1"))!;
    expect(readCachedPage(home.split("/")[4]!, [])).toEqual({ id: "home", path: [], searchParams: {} });
    expect(readCachedPage("3.", ["organizations", "ukrainian-house"])?.id).toBe("profile");
  });

  it("refuses keys and paths no proxy made", () => {
    expect(readCachedPage("abc", ["events"])).toBeNull();
    expect(readCachedPage("1.a b", ["events"])).toBeNull();
    expect(readCachedPage("1.", ["admin"])).toBeNull();
    expect(readCachedPage("1.", ["events", "new"])).toBeNull();
    expect(readCachedPage("1.", ["events", "x", "edit"])).toBeNull();
  });

  it("sorts queries stably", () => {
    expect(sortedQuery(new URLSearchParams("b=2&a=2&a=1&_rsc=9"))).toBe("a=1&a=2&b=2");
  });
});
