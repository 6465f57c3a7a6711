import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { openPage } from "@/components/layout/page";
import { Link } from "@/lib/i18n/navigation";
import { HomeStats } from "./_components/home-stats";
import { ProfiledCommunities, RecentOrganizations } from "./_components/newest-listings";

/** A link ending in an arrow, which screen readers skip. */
function ArrowLink({ href, className, children }: { href: string; className: string; children: ReactNode }) {
  return (
    <Link href={href} className={className}>
      {children}
      <span aria-hidden="true"> →</span>
    </Link>
  );
}

/** A section of the home page under its heading; the newest listings end with a link to all of them. */
function HomeSection({
  id,
  heading,
  more,
  children,
}: {
  id: string;
  heading: string;
  more?: { href: string; text: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      {children}
      {more ? (
        <p className="mt-4">
          <ArrowLink href={more.href} className="font-semibold">
            {more.text}
          </ArrowLink>
        </p>
      ) : null}
    </section>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  // Rendered per request (the counts change); also keeps `next build` away from the database.
  // The sections below read in parallel and are not wrapped in <Suspense>: streamed content
  // is revealed by a script, and this page must read in full without JavaScript.
  await openPage(params);
  const [tHome, tAll] = await Promise.all([getTranslations("home"), getTranslations()]);
  const audiences = [
    { title: tHome("audienceDiaspora"), text: tHome("audienceDiasporaText") },
    { title: tHome("audienceOfficials"), text: tHome("audienceOfficialsText") },
    { title: tHome("audienceOrganizations"), text: tHome("audienceOrganizationsText") },
  ];
  const entries = [
    { href: "/organizations", title: tHome("organizationsCard"), text: tHome("organizationsCardText") },
    { href: "/communities", title: tHome("communitiesCard"), text: tHome("communitiesCardText") },
  ];
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="home-heading" className="pt-2">
        <h1 id="home-heading" className="max-w-3xl text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          {tHome("heading")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-muted">{tHome("lead")}</p>
        <h2 className="sr-only">{tHome("audienceHeading")}</h2>
        <ul className="mt-8 grid gap-4 md:grid-cols-3">
          {audiences.map((audience) => (
            <li key={audience.title} className="rounded-lg border-t-4 border-brand bg-surface p-4 shadow-sm">
              <h3 className="font-semibold">{audience.title}</h3>
              <p className="mt-1 text-muted">{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <HomeSection id="stats-heading" heading={tHome("statsHeading")}>
        <HomeStats />
      </HomeSection>

      <HomeSection id="entry-heading" heading={tHome("entryHeading")}>
        <ul className="grid gap-4 md:grid-cols-2">
          {entries.map((entry) => (
            <li
              key={entry.href}
              className="relative rounded-lg border border-line bg-surface p-5 hover:border-brand focus-within:border-brand"
            >
              <h3 className="text-lg font-semibold">
                <ArrowLink href={entry.href} className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline">
                  {entry.title}
                </ArrowLink>
              </h3>
              <p className="mt-1 text-muted">{entry.text}</p>
            </li>
          ))}
        </ul>
      </HomeSection>

      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <HomeSection
          id="recent-organizations-heading"
          heading={tHome("recentOrganizationsHeading")}
          more={{ href: "/organizations", text: tAll("organization.backToList") }}
        >
          <RecentOrganizations />
        </HomeSection>
        <HomeSection
          id="profiled-communities-heading"
          heading={tHome("profiledCommunitiesHeading")}
          more={{ href: "/communities", text: tAll("community.backToList") }}
        >
          <ProfiledCommunities />
        </HomeSection>
      </div>
    </div>
  );
}
