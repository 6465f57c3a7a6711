import { getTranslations } from "next-intl/server";
import { CommunityCard } from "@/components/community/community-card";
import { listProfiledCommunities } from "@/lib/community/queries";

export async function ProfiledCommunities() {
  const [communities, t] = await Promise.all([listProfiledCommunities(4), getTranslations("home")]);
  if (communities.length === 0) return <p className="text-muted">{t("profiledCommunitiesEmpty")}</p>;
  return (
    <ul className="grid gap-3">
      {communities.map((community) => (
        <li key={community.id}>
          <CommunityCard community={community} headingLevel={3} />
        </li>
      ))}
    </ul>
  );
}
