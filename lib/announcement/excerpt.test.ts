import { describe, expect, it } from "vitest";
import { markdownExcerpt } from "./excerpt";

describe("markdownExcerpt", () => {
  it("strips Markdown and HTML to plain text", () => {
    expect(markdownExcerpt("## New round\n\n- up to **EUR 5,000** <script>x</script>\n- see [site](https://x.example)")).toBe(
      "New round up to EUR 5,000 x see site",
    );
  });
  it("cuts at a word boundary with an ellipsis", () => {
    const text = markdownExcerpt("word ".repeat(100), 30);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(31);
    expect(text).not.toMatch(/wor…$/);
  });
});
