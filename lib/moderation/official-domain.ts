// Whether an email address is on an official government domain: the strongest single piece of
// evidence a community official can give (issue 6). Ukrainian state and local-government
// domains end in gov.ua; many hromadas use the older rada/gromada second-level domains.
const officialSuffixes = ["gov.ua", "gromada.org.ua", "rada.gov.ua", "hromada.gov.ua", "mil.gov.ua"];

export function emailDomain(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 1) return null;
  return email.slice(at + 1).trim().toLowerCase().replace(/\.$/, "") || null;
}

export function isOfficialDomain(email: string | null | undefined): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  return officialSuffixes.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`));
}
