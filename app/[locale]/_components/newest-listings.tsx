import type { ReactElement } from "react";
import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/community/community-card";
import { OrganizationCard } from "@/components/organization/organization-card";
import { listProfiledCommunities } from "@/lib/community/queries";
import { listRecentOrganizations } from "@/lib/organization/queries";

/** The cards in a list, or a sentence saying there are none yet. */
async function Cards({
  cards,
  empty,
  className,
}: {
  cards: ReactElement[];
  empty: "recentOrganizationsEmpty" | "profiledCommunitiesEmpty";
  className: string;
}) {
  const tHome = await getTranslations("home");
  if (cards.length === 0) return <p className="text-muted">{tHome(empty)}</p>;
  return (
    <ul className={className}>
      {cards.map((card) => (
        <li key={card.key}>{card}</li>
      ))}
    </ul>
  );
}

export async function RecentOrganizations() {
  const organizations = await listRecentOrganizations(6);
  return (
    <Cards
      empty="recentOrganizationsEmpty"
      className="grid gap-3 sm:grid-cols-2"
      cards={organizations.map((organization) => (
        <OrganizationCard key={organization.id} organization={organization} headingLevel={3} />
      ))}
    />
  );
}

export async function ProfiledCommunities() {
  const communities = await listProfiledCommunities(4);
  return (
    <Cards
      empty="profiledCommunitiesEmpty"
      className="grid gap-3"
      cards={communities.map((community) => (
        <CommunityCard key={community.id} community={community} headingLevel={3} />
      ))}
    />
  );
}
