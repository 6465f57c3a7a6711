import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { ProfileList } from "@/components/listing/profile-list";
import { getCommunityPartnerships } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";

/** The community's published partnerships, each with the organisation on the other side. */
export async function CommunityPartnerships({ communityId, locale }: { communityId: string; locale: Locale }) {
  const [partnerships, tMatching, tPartnerships, label] = await Promise.all([
    getCommunityPartnerships(communityId),
    getTranslations("matching"),
    getTranslations("partnerships"),
    getVocabulary(),
  ]);
  const format = formatterFor(locale);
  return (
    <ProfileList
      headingId="partnerships-heading"
      heading={tMatching("partnerships")}
      count={partnerships.length}
      empty={tMatching("noPartnerships")}
      listClassName="space-y-2"
      more={{ href: "/partnerships", text: tPartnerships("allPartnerships") }}
    >
      {partnerships.map((partnership) => (
        <li key={partnership.id} className="rounded-md border border-line bg-surface p-3">
          <span className="font-medium">{label("partnershipForm", partnership.form)}</span> ·{" "}
          <Link href={`/organizations/${partnership.organization.slug}`}>
            <Localized value={partnership.organization.name} />
          </Link>
          <span className="text-muted"> · {label("partnershipStatus", partnership.partnershipStatus)}</span>
          {partnership.startDate && (
            <span className="text-muted"> · {format.dateTime(partnership.startDate, { year: "numeric", month: "long" })}</span>
          )}
        </li>
      ))}
    </ProfileList>
  );
}
