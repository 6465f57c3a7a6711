import { useLocale, useTranslations } from "next-intl";
import { CommunityTitle, type CommunityNameData } from "@/components/community/community-title";
import { countryName } from "@/components/i18n/display-names";
import { useAppFormatter } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { PartnershipForm, PartnershipStatus, Sector } from "@/generated/prisma/enums";
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
      <Link href={`/organizations/${side.slug}`}><Localized value={side.name} /></Link>
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
        <Link href={`/communities/${community.slug}`}><CommunityTitle community={community} /></Link>
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

export interface PartnershipCardData extends PartnershipSidesData {
  slug: string;
  title: unknown;
  form: PartnershipForm;
  partnershipStatus: PartnershipStatus;
  startDate: Date | null;
  endDate: Date | null;
  isDemo: boolean;
  sectors: Sector[];
  needs: { need: { slug: string; title: unknown } }[];
}

/** One partnership in the directory: title (linked to its page), both sides, form, status, dates, needs. */
export function PartnershipCard({ partnership, now }: { partnership: PartnershipCardData; now: Date }) {
  const t = useTranslations("partnerships");
  const locale = useLocale();
  const label = useVocabulary();
  const format = useAppFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <p className="flex flex-wrap gap-2">
        <Badge tone="brand">{label("partnershipForm", partnership.form)}</Badge>
        <Badge tone={partnership.partnershipStatus === "ACTIVE" ? "ok" : "neutral"}>{label("partnershipStatus", partnership.partnershipStatus)}</Badge>
        {partnership.isDemo && <DemoBadge />}
      </p>
      <h3 className="mt-2 text-lg leading-snug font-semibold">
        <Link href={`/partnerships/${partnership.slug}`}>
          <Localized value={partnership.title} fallback={partnershipName(partnership, locale)} />
        </Link>
      </h3>
      <p className="mt-1">
        <PartnershipSides partnership={partnership} />
      </p>
      {partnership.startDate && (
        <p className="mt-1 text-sm text-muted">
          {t("started", { date: date(partnership.startDate) })}
          {partnership.endDate && <> · {t(partnership.endDate.getTime() < now.getTime() ? "ended" : "ends", { date: date(partnership.endDate) })}</>}
        </p>
      )}
      {partnership.needs.length > 0 && (
        <p className="mt-2 text-sm">
          {t("needs")}:{" "}
          {partnership.needs.map((link, index) => (
            <span key={link.need.slug}>
              {index > 0 && "; "}
              <Localized value={link.need.title} />
            </span>
          ))}
        </p>
      )}
      {partnership.sectors.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("sectors")}>
          {partnership.sectors.map((sector) => (
            <li key={sector}><Badge>{label("sector", sector)}</Badge></li>
          ))}
        </ul>
      )}
    </article>
  );
}
