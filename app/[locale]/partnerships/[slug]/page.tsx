import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { detailMetadata, listingAlternates, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { BackLink, ProfileColumns, ProfileSection, TextSections } from "@/components/listing/profile-layout";
import { PartnershipBadges, PartnershipSides, partnershipName } from "@/components/partnership/partnership-sides";
import { Badge } from "@/components/ui/badge";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getPublicPartnership } from "@/lib/partnership/queries";
import { PartnershipPlan } from "@/components/recovery/partnership-plan";
import { PartnershipFacts } from "./_components/partnership-facts";

const loadPartnership = publicRead(getPublicPartnership);

export const generateMetadata = detailMetadata(loadPartnership, "partnerships.notFoundTitle", (partnership, locale, slug) => ({
  title: partnershipName(partnership, locale),
  description: pickText(partnership.description, locale)?.text.slice(0, 200),
  alternates: listingAlternates(locale, `/partnerships/${slug}`),
}));

export default async function PartnershipPage({ params }: { params: SlugParams }) {
  const { locale, item: partnership } = await openDetail(params, loadPartnership);
  const [tPartnerships, label] = await Promise.all([getTranslations("partnerships"), getVocabulary()]);

  return (
    <article>
      <BackLink href="/partnerships" className="text-sm">
        {tPartnerships("allPartnerships")}
      </BackLink>
      <header className="mt-2 border-b border-line pb-6">
        <PartnershipBadges partnership={partnership} />
        <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight sm:text-4xl">
          <Localized labelled value={partnership.title} fallback={partnershipName(partnership, locale)} />
        </h1>
        <p className="mt-2 text-lg">
          <PartnershipSides partnership={partnership} />
        </p>
      </header>

      <ProfileColumns mainClassName="flex min-w-0 flex-col gap-8" aside={<PartnershipFacts partnership={partnership} locale={locale} />}>
        <TextSections locale={locale} sections={[{ id: "about", title: tPartnerships("about"), value: partnership.description }]} />
        <ProfileSection id="needs" heading={tPartnerships("needs")}>
          {partnership.needs.length === 0 ? (
            <p className="text-muted">{tPartnerships("noNeeds")}</p>
          ) : (
            <ul className="space-y-2">
              {partnership.needs.map(({ need }) => (
                <li key={need.id} className="rounded-md border border-line bg-surface p-3">
                  <Link href={`/communities/${need.community.slug}`} className="font-medium">
                    <Localized value={need.title} />
                  </Link>
                  <span className="mt-1 flex flex-wrap gap-2">
                    <Badge tone="brand">{label("sector", need.sector)}</Badge>
                    <Badge tone={need.needStatus === "MET" ? "ok" : "neutral"}>{label("needStatus", need.needStatus)}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ProfileSection>
        <PartnershipPlan partnership={partnership} />
      </ProfileColumns>
    </article>
  );
}
