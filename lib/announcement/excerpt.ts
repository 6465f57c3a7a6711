// A plain-text teaser of a Markdown body for lists and feeds: markup removed, not rendered.
export function markdownExcerpt(markdown: string, maxLength = 240): string {
  const text = markdown
    .replace(/<[^>]*>/g, " ") // raw HTML never shows, not even as text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxLength - 20)).trimEnd()}…`;
}
