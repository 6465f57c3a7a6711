// Markdown typed by organisations and communities, rendered safely: react-markdown builds
// React elements from the syntax tree, never HTML strings. Raw HTML in the text is dropped
// (no rehype-raw), javascript: and other unsafe URLs are removed by its default urlTransform,
// images are not loaded (a third-party image would tell its host who reads the page), and
// every link carries rel="nofollow ugc" because the platform does not vouch for it.
import Markdown, { type Components } from "react-markdown";

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="nofollow ugc noopener">
      {children}
    </a>
  ),
  // The page's own title is the only h1.
  h1: ({ children }) => <h2 className="mt-4 text-xl font-semibold">{children}</h2>,
  h2: ({ children }) => <h2 className="mt-4 text-xl font-semibold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-3 text-lg font-semibold">{children}</h3>,
  h4: ({ children }) => <h4 className="mt-3 font-semibold">{children}</h4>,
  p: ({ children }) => <p className="mt-3 first:mt-0">{children}</p>,
  ul: ({ children }) => <ul className="mt-3 list-disc pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal pl-6">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="mt-3 border-l-4 border-line pl-3 text-muted">{children}</blockquote>,
};

export function SafeMarkdown({ text, className, lang }: { text: string; className?: string; lang?: string }) {
  return (
    <div className={className} lang={lang}>
      <Markdown components={components} skipHtml disallowedElements={["img"]} unwrapDisallowed={false}>
        {text}
      </Markdown>
    </div>
  );
}
