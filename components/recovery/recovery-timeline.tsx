// The recovery pages' timeline: public milestones, newest change first, each with the
// partnership, community and partner it belongs to, read only (questions are asked on the
// partnership's page, where the sides answer).
import { getLocale, getTranslations } from "next-intl/server";
import { Localized } from "@/components/i18n/localized";
import { countryName } from "@/lib/i18n/display-names";
import { Link } from "@/lib/i18n/navigation";
import type { TimelineMilestone } from "@/lib/recovery/queries";
import { MilestoneCard } from "./milestone-card";

export async function RecoveryTimeline({
  milestones,
  total,
  showCommunity = true,
}: {
  milestones: TimelineMilestone[];
  total: number;
  showCommunity?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("recovery"), getLocale()]);
  if (milestones.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <>
      <p className="text-sm text-muted" data-testid="timeline-count">
        {t("shown", { shown: milestones.length, total })}
      </p>
      <ol className="mt-3 space-y-4">
        {milestones.map((milestone) => {
          const { partnership } = milestone;
          const partner = partnership.organization;
          return (
            <li key={milestone.id}>
              <MilestoneCard
                milestone={milestone}
                context={
                  <p className="flex flex-wrap gap-x-2">
                    <Link href={`/partnerships/${partnership.slug}#milestone-${milestone.id}`} className="font-medium">
                      <Localized value={partnership.title} />
                    </Link>
                    {showCommunity && partnership.community ? (
                      <span>
                        ·{" "}
                        <Link href={`/communities/${partnership.community.slug}/recovery`}>
                          <Localized value={partnership.community.shortName} />
                        </Link>
                      </span>
                    ) : null}
                    <span className="text-muted">· {countryName(partner.country, locale)}</span>
                  </p>
                }
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
