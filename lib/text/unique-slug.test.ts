import { describe, expect, it } from "vitest";
import { uniqueSlug } from "./unique-slug";

const existing =
  (...slugs: string[]) =>
  async (prefix: string) =>
    slugs.filter((slug) => slug.startsWith(prefix)).map((slug) => ({ slug }));

describe("uniqueSlug", () => {
  it("keeps a free base", async () => expect(await uniqueSlug("kyiv-forum", existing("lviv"))).toBe("kyiv-forum"));
  it("numbers a taken base from 2, skipping taken numbers", async () =>
    expect(await uniqueSlug("kyiv-forum", existing("kyiv-forum", "kyiv-forum-2"))).toBe("kyiv-forum-3"));
  it("never takes a reserved path segment", async () => expect(await uniqueSlug("new", existing())).toBe("new-2"));
});
