import { describe, expect, it } from "vitest";
import { applyRemoteListingsChange, listingsVersion, markListingsChanged, onLocalListingsChange } from "./listings-version";
import { bumpTags, SECTION_TAGS, tagSerial, tagsBumpedSince, tagsOfPath, tagsVersion, tagVersions } from "./tags";

describe("tag versions", () => {
  it("moves the version of the tags bumped, and no other", () => {
    const before = tagVersions(["events", "polls", "event-test:a"]);
    bumpTags(["events", "event-test:a", "events"]);
    expect(tagVersions(["events", "polls", "event-test:a"])).toEqual([before[0]! + 1, before[1], before[2]! + 1]);
  });

  it("gives a set of tags a version that grows with any of them", () => {
    const tags = ["tags-test:a", "tags-test:b"];
    const seen = [tagsVersion(tags)];
    bumpTags(["tags-test:b"]);
    seen.push(tagsVersion(tags));
    bumpTags(["tags-test:a"]);
    seen.push(tagsVersion(tags));
    bumpTags(["tags-test:c"]);
    seen.push(tagsVersion(tags));
    expect(seen).toEqual([0, 1, 2, 2]);
  });

  it("names the tags bumped since a mark", () => {
    const mark = tagSerial();
    bumpTags(["since-test:x"]);
    bumpTags(["since-test:y"]);
    expect(tagsBumpedSince(mark).sort()).toEqual(["since-test:x", "since-test:y"]);
    expect(tagsBumpedSince(tagSerial())).toEqual([]);
  });

  it("leaves another instance's changes out of those bumped here (they are not announced back)", () => {
    const mark = tagSerial();
    const before = tagsVersion(["since-test:remote"]);
    bumpTags(["since-test:remote"], { remote: true });
    expect(tagsVersion(["since-test:remote"])).toBe(before + 1);
    expect(tagsBumpedSince(mark)).toEqual([]);
  });

  it("reads the section of a route path as revalidatePath takes it", () => {
    expect(tagsOfPath("/[locale]/events/my-event")).toEqual(["events"]);
    expect(tagsOfPath("/[locale]/communities/[slug]")).toEqual(["communities"]);
    expect(tagsOfPath("/[locale]/partnerships/proposals")).toEqual(["partnerships"]);
    expect(tagsOfPath("/en/needs")).toEqual(["needs"]);
    expect(tagsOfPath("/[locale]/admin")).toEqual([]);
    expect(tagsOfPath("/[locale]")).toEqual([]);
  });
});

describe("markListingsChanged with tags", () => {
  it("bumps the tags it names, carries them to listeners, and the listings version only for listings", () => {
    const heard: (readonly string[])[] = [];
    const stop = onLocalListingsChange((tags) => heard.push(tags));
    const listings = listingsVersion();
    const [events, organizations] = tagVersions(["events", "organizations"]);
    markListingsChanged(["events"]);
    expect(listingsVersion()).toBe(listings); // facets and map clusters stay
    expect(tagVersions(["events", "organizations"])).toEqual([events! + 1, organizations]);
    markListingsChanged(["organizations"]);
    expect(listingsVersion()).toBe(listings + 1);
    stop();
    expect(heard).toEqual([["events"], ["organizations"]]);
  });

  it("treats a change that names nothing as a change to every section", () => {
    const before = tagVersions(SECTION_TAGS);
    const listings = listingsVersion();
    markListingsChanged();
    expect(tagVersions(SECTION_TAGS)).toEqual(before.map((version) => version + 1));
    expect(listingsVersion()).toBe(listings + 1);
  });

  it("applies another instance's change here without announcing it again", () => {
    const heard: (readonly string[])[] = [];
    const stop = onLocalListingsChange((tags) => heard.push(tags));
    const polls = tagsVersion(["polls"]);
    applyRemoteListingsChange(["polls"]);
    stop();
    expect(tagsVersion(["polls"])).toBe(polls + 1);
    expect(heard).toEqual([]);
  });
});
