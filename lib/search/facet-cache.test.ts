import { beforeEach, describe, expect, it, vi } from "vitest";
import { markListingsChanged } from "@/lib/cache/listings-version";
import { cachedFacetRows, clearFacetCache, type FacetRow } from "./facet-cache";

const rows = (n: number): FacetRow[] => [{ facet: "_total", value: null, n }];

describe("facet counts of recent searches", () => {
  beforeEach(() => clearFacetCache());

  it("are read once for a repeated search", async () => {
    const load = vi.fn(async () => rows(206));
    await cachedFacetRows("key", load);
    expect(await cachedFacetRows("key", load)).toEqual(rows(206));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("are read again once listings changed, even without a clear (a read during a write's transaction)", async () => {
    await cachedFacetRows("key", async () => rows(206));
    markListingsChanged();
    expect(await cachedFacetRows("key", async () => rows(207))).toEqual(rows(207));
  });
});
