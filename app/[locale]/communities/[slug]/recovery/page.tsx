// /{locale}/communities/{slug}/recovery — where the help for one community went (issue 18): its
// totals, what each of its needs received (pledged of its cost, what was delivered), the totals
// per sector, and the timeline of milestones with their evidence.
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { detailMetadata, listingAlternates, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { BackLink, ProfileSection } from "@/components/listing/profile-layout";
import { DownloadLinks } from "@/components/recovery/download-links";
import { NeedProgressLine } from "@/components/recovery/need-progress";
import { RecoveryTimeline } from "@/components/recovery/recovery-timeline";
import { TotalsTable } from "@/components/recovery/totals-table";
import { Badge } from "@/components/ui/badge";
import { getCommunityBySlug } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";
import { noRecoveryFilters } from "@/lib/recovery/filters";
import { needProgress, recoveryTimeline, recoveryTotalsFor } from "@/lib/recovery/queries";

const loadCommunity = publicRead(getCommunityBySlug);

export const generateMetadata = detailMetadata(loadCommunity, "community.notFoundTitle", async (community, locale, slug) => {
  const [t, tCommunity] = await Promise.all([
    getTranslations({ locale, namespace: "recovery" }),
    getTranslations({ locale, namespace: "community" }),
  ]);
  return {
    title: t("communityTitle", { name: communityTitle(community, locale, tCommunity).text }),
    description: t("communityLead"),
    alternates: listingAlternates(locale, `/communities/${slug}/recovery`),
  };
});

export default async function CommunityRecoveryPage({ params }: { params: SlugParams }) {
  const { locale, item: community } = await openDetail(params, loadCommunity);
  const [t, tCommunity, label] = await Promise.all([getTranslations("recovery"), getTranslations("community"), getVocabulary()]);
  const [totals, timeline, progress] = await Promise.all([
    recoveryTotalsFor(noRecoveryFilters, community.id),
    recoveryTimeline(noRecoveryFilters, community.id),
    needProgress(community.needs.map((need) => need.id)),
  ]);
  const needsWithPlans = community.needs.filter((need) => progress.has(need.id));
  const sectors = [...new Set(needsWithPlans.map((need) => need.sector))];
  const perSector = await Promise.all(
    sectors.map(async (sector) => ({ sector, totals: await recoveryTotalsFor({ ...noRecoveryFilters, sector: [sector] }, community.id) })),
  );
  const name = communityTitle(community, locale, tCommunity).text;

  return (
    <article>
      <BackLink href={`/communities/${community.slug}`}>{name}</BackLink>
      <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{t("communityTitle", { name })}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("communityLead")}</p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <ProfileSection id="per-need" heading={t("perNeed")}>
            {needsWithPlans.length === 0 ? (
              <p className="text-muted">{t("noMilestones")}</p>
            ) : (
              <ul className="space-y-3">
                {needsWithPlans.map((need) => (
                  <li key={need.id} className="rounded-lg border border-line bg-surface p-3">
                    <p className="flex flex-wrap items-center gap-2 font-semibold">
                      <Localized value={need.title} />
                      <Badge tone="brand">{label("sector", need.sector)}</Badge>
                      <span className="text-sm font-normal text-muted">
                        {t("milestonesCount", { count: progress.get(need.id)!.milestones })}
                      </span>
                    </p>
                    <NeedProgressLine
                      progress={progress.get(need.id)!}
                      cost={need.costMinor !== null && need.currency ? { minor: need.costMinor, currency: need.currency } : null}
                    />
                  </li>
                ))}
              </ul>
            )}
          </ProfileSection>
          <ProfileSection id="timeline" heading={t("plan")}>
            <RecoveryTimeline milestones={timeline.milestones} total={timeline.total} showCommunity={false} />
          </ProfileSection>
        </div>
        <aside className="flex min-w-0 flex-col gap-6">
          <section className="rounded-lg border border-line bg-surface p-4" aria-labelledby="totals-heading">
            <h2 id="totals-heading" className="text-xl font-semibold">
              {t("totals")}
            </h2>
            <div className="mt-2">
              <TotalsTable totals={totals} />
            </div>
            <DownloadLinks query={{}} community={community.slug} />
          </section>
          {perSector.length > 0 ? (
            <section className="rounded-lg border border-line bg-surface p-4" aria-labelledby="sector-heading">
              <h2 id="sector-heading" className="text-xl font-semibold">
                {t("perSector")}
              </h2>
              {perSector.map(({ sector, totals: sectorTotals }) => (
                <div key={sector} className="mt-3">
                  <TotalsTable totals={sectorTotals} caption={label("sector", sector)} />
                </div>
              ))}
            </section>
          ) : null}
          <p className="text-sm">
            <Link href="/recovery">{t("title")} →</Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
