import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/i18n/localized";
import { ProfilePartnerships } from "@/components/partnership/profile-partnerships";
import { getCommunityPartnerships } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";

/** The community's published partnerships, each with the organisation on the other side. */
export async function CommunityPartnerships({ communityId, locale }: { communityId: string; locale: Locale }) {
  const [partnerships, tMatching] = await Promise.all([getCommunityPartnerships(communityId), getTranslations("matching")]);
  return (
    <ProfilePartnerships
      heading={tMatching("partnerships")}
      empty={tMatching("noPartnerships")}
      between="·"
      partnerships={partnerships.map((partnership) => ({
        ...partnership,
        other: (
          <Link href={`/organizations/${partnership.organization.slug}`}>
            <Localized value={partnership.organization.name} />
          </Link>
        ),
      }))}
      locale={locale}
    />
  );
}
