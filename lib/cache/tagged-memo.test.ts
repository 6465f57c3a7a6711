import { afterEach, describe, expect, it, vi } from "vitest";
import { memoByTags } from "./tagged-memo";
import { bumpTags } from "./tags";

afterEach(() => vi.useRealTimers());

describe("memoByTags", () => {
  it("reads once while its tags stay, again after one of them is bumped or it has aged", async () => {
    vi.useFakeTimers();
    let reads = 0;
    const counts = memoByTags(["memo-test:a", "memo-test:b"], 60_000, async () => ++reads);
    expect(await Promise.all([counts(), counts()])).toEqual([1, 1]);
    bumpTags(["memo-test:other"]);
    expect(await counts()).toBe(1);
    bumpTags(["memo-test:b"]);
    expect(await counts()).toBe(2);
    vi.advanceTimersByTime(60_001);
    expect(await counts()).toBe(3);
  });

  it("keeps no failed read", async () => {
    let calls = 0;
    const flaky = memoByTags(["memo-test:c"], 60_000, async () => {
      calls += 1;
      if (calls === 1) throw new Error("down");
      return calls;
    });
    await expect(flaky()).rejects.toThrow("down");
    expect(await flaky()).toBe(2);
  });
});
