import { CommunityTitle, type CommunityNameData } from "@/components/community/community-title";
import { Localized } from "@/components/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export interface OrganiserData {
  organization: { slug: string; name: unknown } | null;
  community: (CommunityNameData & { slug: string }) | null;
}

/** The organisation or community behind an event, announcement or poll, linked to its profile. */
export function EventOrganiser({ owner }: { owner: OrganiserData }) {
  if (owner.organization)
    return (
      <Link href={`/organizations/${owner.organization.slug}`}>
        <Localized value={owner.organization.name} />
      </Link>
    );
  if (owner.community)
    return (
      <Link href={`/communities/${owner.community.slug}`}>
        <CommunityTitle community={owner.community} />
      </Link>
    );
  return null;
}
