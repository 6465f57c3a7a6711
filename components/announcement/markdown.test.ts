// What an announcement's author types must not run in a reader's browser.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SafeMarkdown } from "./markdown";

const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

describe("SafeMarkdown", () => {
  it("renders Markdown structure", () => {
    const html = render("## Grant round\n\n- up to **EUR 5,000**\n- co-funding 10%");
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>EUR 5,000</strong>");
    expect(html.match(/<li>/g)).toHaveLength(2);
  });

  it("drops raw HTML: no script element, no event handler attribute", () => {
    const html = render(
      'Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<div onclick="alert(3)">x</div>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain("Hello");
  });

  it("gives links rel=nofollow ugc and removes javascript: URLs", () => {
    const html = render("[site](https://example.org) and [bad](javascript:alert(1)) and <https://auto.example>");
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
    expect(html).not.toContain("javascript:");
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors.length).toBe(3);
    for (const anchor of anchors) expect(anchor).toContain('rel="nofollow ugc noopener"');
  });

  it("does not load images written in Markdown", () => {
    expect(render("![tracker](https://tracker.example/pixel.gif)")).not.toMatch(/<img/i);
  });

  it("turns a heading one into a heading two (the page title is the only h1)", () => {
    expect(render("# Big")).toMatch(/^<div><h2[^>]*>Big<\/h2><\/div>$/);
  });
});
