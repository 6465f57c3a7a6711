import { languageName } from "@/lib/i18n/display-names";
import { safeHref } from "@/lib/forms/http-url";
import { Fact } from "./fact";
import { RevealEmail } from "./reveal-email";
import { reversed } from "./reversed";

/** The contact address, sent reversed and shown on request; nothing when there is none. */
export function EmailFact({ term, email, label }: { term: string; email: string | null; label: string }) {
  const [user, domain] = email?.split("@") ?? [];
  if (!user || !domain) return null;
  return (
    <Fact term={term}>
      <RevealEmail reversedUser={reversed(user)} reversedDomain={reversed(domain)} label={label} />
    </Fact>
  );
}

/** The website, linked only when it is a safe http(s) URL, shown without scheme and trailing slash. */
export function WebsiteFact({ term, website }: { term: string; website: string | null }) {
  const href = safeHref(website);
  if (!href) return null;
  return (
    <Fact term={term}>
      <a href={href} rel="noopener noreferrer external" className="break-all">
        {(website ?? "").replace(/^https?:\/\//, "").replace(/\/$/, "")}
      </a>
    </Fact>
  );
}

/** The languages a listing works in, named in the page's language; nothing when none is stated. */
export function LanguagesFact({ term, codes, locale }: { term: string; codes: readonly string[]; locale: string }) {
  if (codes.length === 0) return null;
  return <Fact term={term}>{codes.map((code) => languageName(code, locale)).join(", ")}</Fact>;
}
