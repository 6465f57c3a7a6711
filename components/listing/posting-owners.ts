import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import type { Viewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { listPostingOwners } from "@/lib/membership/queries";

/**
 * The "on behalf of" choices of the forms that post events, announcements and polls: the
 * listings the person is a verified representative or official of, named in the page's language.
 * Values are what lib/listing/owner.ts `ownerField` reads.
 */
export async function postingOwnerOptions(viewer: Viewer | null, locale: string): Promise<{ value: string; label: string }[]> {
  if (!viewer) return [];
  const [owners, tc] = await Promise.all([listPostingOwners(viewer.memberships), getTranslations("community")]);
  return [
    ...owners.organizations.map((o) => ({ value: `organization:${o.id}`, label: pickText(o.name, locale)?.text ?? o.id })),
    ...owners.communities.map((c) => ({ value: `community:${c.id}`, label: communityTitle(c, locale, tc).text })),
  ];
}
