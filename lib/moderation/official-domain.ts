// Whether an email address is on an official government domain: the strongest single piece of
// evidence a community official can give (issue 6). Ukrainian state and local-government
// domains end in gov.ua; many hromadas use the older rada/gromada second-level domains.
const officialSuffixes = ["gov.ua", "gromada.org.ua", "rada.gov.ua", "hromada.gov.ua", "mil.gov.ua"];

export function emailDomain(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 1) return null;
  return (
    email
      .slice(at + 1)
      .trim()
      .toLowerCase()
      .replace(/\.$/, "") || null
  );
}

export function isOfficialDomain(email: string | null | undefined): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  return officialSuffixes.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`));
}

export interface ClaimDomain {
  /** The domain of the account's own address, when the person proved they read its mail. */
  evidenceDomain: string | null;
  /** The "official domain ✓" mark: only for that proven address. */
  officialDomain: boolean;
  /** A different address typed into the claim: shown, but nothing checked it. */
  typedDomain: string | null;
}

/**
 * Which domain a moderator may trust on a claim. Anyone can type any address into the claim form,
 * so only the account's email counts, and only once proven: signing in by emailed link (or an
 * OAuth provider that vouched for it) sets User.emailVerified.
 */
export function claimDomain(account: { email: string | null; emailVerified: Date | null }, evidenceEmail: string | null): ClaimDomain {
  const proven = account.emailVerified ? account.email : null;
  const typed = evidenceEmail && evidenceEmail.trim().toLowerCase() !== account.email?.trim().toLowerCase() ? evidenceEmail : null;
  return { evidenceDomain: emailDomain(proven), officialDomain: isOfficialDomain(proven), typedDomain: emailDomain(typed) };
}
