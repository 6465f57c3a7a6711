import { getLocale, getTranslations } from "next-intl/server";
import { formatterFor } from "@/components/i18n/format";
import { getCachedHomeStats, type HomeStats as Stats } from "@/lib/stats/queries";

const order: (keyof Stats)[] = [
  "organizations",
  "countries",
  "communities",
  "communitiesWithProfile",
  "openNeeds",
  "activePartnerships",
  "upcomingEvents",
];

const gridClass = "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7";

/** The headline counts as a definition list: the label names the number in the right plural. */
export async function HomeStats() {
  const [stats, t, locale] = await Promise.all([getCachedHomeStats(), getTranslations("stats"), getLocale()]);
  const format = formatterFor(locale);
  return (
    <dl className={gridClass}>
      {order.map((key) => (
        <div key={key} className="flex flex-col-reverse justify-end rounded-lg border border-line bg-surface p-3">
          <dt className="text-sm leading-snug text-muted">{t(key, { count: stats[key] })}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-strong">{format.number(stats[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
