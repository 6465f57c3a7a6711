// The key a sign-in link request is counted under. It must name the mailbox the link goes to,
// however the address was spelt: Auth.js delivers `A@X.com ` and `a@x.com,x` both to a@x.com
// (its defaultNormalizer in @auth/core/lib/actions/signin/send-token.js, copied below because
// the package does not export it), and most mail hosts deliver `a+anything@x.com` to a@x.com too.

/** Auth.js's normalisation: NFKC, lower case, trimmed, the domain cut at the first ",". Null when
 *  Auth.js would refuse the address (no link is sent then). */
export function authJsEmail(raw: string): string | null {
  const email = raw.normalize("NFKC").toLowerCase().trim();
  if (email.includes('"')) return null;
  const parts = email.split("@");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const domain = parts[1].split(",")[0];
  return domain ? `${parts[0]}@${domain}` : null;
}

export function signInEmailKey(raw: string): string {
  const email = authJsEmail(raw);
  // Refused addresses still count, under what was sent, so they cannot be used to probe freely.
  if (!email) return raw.normalize("NFKC").toLowerCase().trim();
  const [local, domain] = email.split("@") as [string, string];
  const mailbox = local.split("+")[0] || local;
  return `${mailbox}@${domain}`;
}
