import { describe, expect, it } from "vitest";
import { namePrefixRange } from "./name-prefix";
import { sortKeyBytes } from "./sort-key";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("namePrefixRange", () => {
  it("reads one or two letters as the beginning of a name", () => {
    const range = namePrefixRange("Ko")!;
    expect(text(range.from)).toBe("ko");
    expect(text(range.below)).toBe("kp");
    // Ukrainian letters take the sort key's code points, as the stored keys do.
    expect(namePrefixRange("с")!.from).toEqual(sortKeyBytes("с"));
  });

  it("leaves real words to the full-text search", () => {
    expect(namePrefixRange("soc")).toBeNull();
    expect(namePrefixRange("a union")).toBeNull();
    expect(namePrefixRange("  ")).toBeNull();
    expect(namePrefixRange("&|!")).toBeNull();
  });

  it("covers exactly the keys that begin with the letters", () => {
    const { from, below } = namePrefixRange("be")!;
    const inRange = (name: string) => {
      const key = text(sortKeyBytes(name));
      return key >= text(from) && key < text(below);
    };
    expect(inRange("Berlin Union")).toBe(true);
    expect(inRange("Be")).toBe(true);
    expect(inRange("Bf")).toBe(false);
    expect(inRange("Bd zz")).toBe(false);
  });
});

describe("the letters' alphabet", () => {
  it("says which names' keys to read", () => {
    expect(namePrefixRange("ко")!.cyrillic).toBe(true);
    expect(namePrefixRange("ko")!.cyrillic).toBe(false);
  });
});
