import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { HomeStats } from "./_components/home-stats";
import { ProfiledCommunities } from "./_components/profiled-communities";
import { RecentOrganizations } from "./_components/recent-organizations";
import { requireLocale } from "@/lib/i18n/locale-param";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  // Rendered per request (the counts change); also keeps `next build` away from the database.
  // The sections below read in parallel and are not wrapped in <Suspense>: streamed content
  // is revealed by a script, and this page must read in full without JavaScript.
  await connection();
  const [t, tc] = await Promise.all([getTranslations("home"), getTranslations()]);
  const audiences = [
    { title: t("audienceDiaspora"), text: t("audienceDiasporaText") },
    { title: t("audienceOfficials"), text: t("audienceOfficialsText") },
    { title: t("audienceOrganizations"), text: t("audienceOrganizationsText") },
  ];
  const entries = [
    { href: "/organizations", title: t("organizationsCard"), text: t("organizationsCardText") },
    { href: "/communities", title: t("communitiesCard"), text: t("communitiesCardText") },
  ];
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="home-heading" className="pt-2">
        <h1 id="home-heading" className="max-w-3xl text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-muted">{t("lead")}</p>
        <h2 className="sr-only">{t("audienceHeading")}</h2>
        <ul className="mt-8 grid gap-4 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.title} className="rounded-lg border-t-4 border-brand bg-surface p-4 shadow-sm">
              <h3 className="font-semibold">{audience.title}</h3>
              <p className="mt-1 text-muted">{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="mb-4 text-xl font-bold">
          {t("statsHeading")}
        </h2>
        <HomeStats />
      </section>

      <section aria-labelledby="entry-heading">
        <h2 id="entry-heading" className="mb-4 text-xl font-bold">
          {t("entryHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {entries.map((entry) => (
            <li key={entry.href} className="relative rounded-lg border border-line bg-surface p-5 hover:border-brand focus-within:border-brand">
              <h3 className="text-lg font-semibold">
                <Link href={entry.href} className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline">
                  {entry.title}
                  <span aria-hidden="true"> →</span>
                </Link>
              </h3>
              <p className="mt-1 text-muted">{entry.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="recent-organizations-heading">
          <h2 id="recent-organizations-heading" className="mb-4 text-xl font-bold">
            {t("recentOrganizationsHeading")}
          </h2>
          <RecentOrganizations />
          <p className="mt-4">
            <Link href="/organizations" className="font-semibold">
              {tc("organization.backToList")}
              <span aria-hidden="true"> →</span>
            </Link>
          </p>
        </section>
        <section aria-labelledby="profiled-communities-heading">
          <h2 id="profiled-communities-heading" className="mb-4 text-xl font-bold">
            {t("profiledCommunitiesHeading")}
          </h2>
          <ProfiledCommunities />
          <p className="mt-4">
            <Link href="/communities" className="font-semibold">
              {tc("community.backToList")}
              <span aria-hidden="true"> →</span>
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
