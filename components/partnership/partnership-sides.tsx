import { useLocale, useTranslations } from "next-intl";
import { CommunityTitle, type CommunityNameData } from "@/components/community/community-title";
import { countryName } from "@/lib/i18n/display-names";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { PartnershipForm, PartnershipStatus } from "@/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

interface OrganizationSide {
  slug: string;
  name: unknown;
  country: string;
}

export interface PartnershipSidesData {
  organization: OrganizationSide;
  partnerOrganization: OrganizationSide | null;
  community: (CommunityNameData & { slug: string }) | null;
}

/** Both sides, each linked to its profile: the organisation and the community, or two organisations. */
export function PartnershipSides({ partnership }: { partnership: PartnershipSidesData }) {
  const t = useTranslations("partnerships");
  const locale = useLocale();
  const { organization, partnerOrganization, community } = partnership;
  const orgLink = (side: OrganizationSide) => (
    <>
      <Link href={`/organizations/${side.slug}`}>
        <Localized value={side.name} />
      </Link>
      <span className="text-muted"> ({countryName(side.country, locale)})</span>
    </>
  );
  return (
    <>
      {orgLink(organization)}
      {/* The arrow is decoration; a screen reader hears "and". */}
      <span aria-hidden="true"> ↔ </span>
      <span className="sr-only"> {t("and")} </span>
      {community ? (
        <Link href={`/communities/${community.slug}`}>
          <CommunityTitle community={community} />
        </Link>
      ) : partnerOrganization ? (
        orgLink(partnerOrganization)
      ) : null}
    </>
  );
}

/** The heading text: the stored title, else "organisation — other side" in the page language. */
export function partnershipName(partnership: PartnershipSidesData & { title: unknown }, locale: string): string {
  const title = pickText(partnership.title, locale)?.text;
  if (title) return title;
  const other = partnership.community?.name ?? partnership.partnerOrganization?.name;
  return [pickText(partnership.organization.name, locale)?.text, pickText(other, locale)?.text].filter(Boolean).join(" — ");
}

/** Form and status (active in green), and "Demo" for example content. */
export function PartnershipBadges({
  partnership,
}: {
  partnership: { form: PartnershipForm; partnershipStatus: PartnershipStatus; isDemo: boolean };
}) {
  const label = useVocabulary();
  return (
    <p className="flex flex-wrap gap-2">
      <Badge tone="brand">{label("partnershipForm", partnership.form)}</Badge>
      <Badge tone={partnership.partnershipStatus === "ACTIVE" ? "ok" : "neutral"}>
        {label("partnershipStatus", partnership.partnershipStatus)}
      </Badge>
      {partnership.isDemo && <DemoBadge />}
    </p>
  );
}
