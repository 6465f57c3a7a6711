// /{locale}/communities/{slug}/priorities — the community's residents' priorities rounds, the
// ones people can take part in first. Its officials also see rounds waiting for a moderator, and
// the link to open a new one.
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { Localized } from "@/components/i18n/localized";
import { detailMetadata, listingAlternates, openDetail, type SlugParams } from "@/components/listing/detail-page";
import { BackLink } from "@/components/listing/profile-layout";
import { getViewer } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { listRounds } from "@/lib/priorities/queries";
import { roundPhase } from "@/lib/priorities/state";
import { loadCommunity, roundRights } from "./_components/load";
import { RoundBadges } from "./_components/round-parts";

export const generateMetadata = detailMetadata(loadCommunity, "community.notFoundTitle", async (community, locale, slug) => {
  const [t, tCommunity] = await Promise.all([
    getTranslations({ locale, namespace: "priorities" }),
    getTranslations({ locale, namespace: "community" }),
  ]);
  return {
    title: t("communityTitle", { name: communityTitle(community, locale, tCommunity).text }),
    description: t("lead"),
    alternates: listingAlternates(locale, `/communities/${slug}/priorities`),
  };
});

export default async function PrioritiesPage({
  params,
  searchParams,
}: {
  params: SlugParams;
  searchParams: Promise<{ submitted?: string }>;
}) {
  const { locale, item: community } = await openDetail(params, loadCommunity);
  const [t, tCommunity, viewer, { submitted }] = await Promise.all([
    getTranslations("priorities"),
    getTranslations("community"),
    getViewer(),
    searchParams,
  ]);
  const rights = roundRights(viewer, community.id);
  const now = new Date();
  const rounds = await listRounds(community.id, { manage: rights.manage, now });
  const name = communityTitle(community, locale, tCommunity).text;
  const base = `/communities/${community.slug}/priorities`;

  return (
    <article>
      <BackLink href={`/communities/${community.slug}`}>{name}</BackLink>
      <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{t("communityTitle", { name })}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      {submitted && rights.open ? (
        <p role="status" className="mt-4 rounded-md border border-note-line bg-note-soft p-3">
          {t("submitted")}
        </p>
      ) : null}
      {rights.open ? (
        <p className="mt-4">
          <Link href={`${base}/new`} className="font-semibold">
            + {t("openRound")}
          </Link>
        </p>
      ) : null}
      {rounds.length === 0 ? (
        <p className="mt-6 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {rounds.map((round) => {
            const phase = roundPhase(round, now);
            return (
              <li key={round.id} className="min-w-0 rounded-lg border border-line bg-surface p-4 [overflow-wrap:anywhere]">
                <RoundBadges phase={phase} pending={round.status !== "PUBLISHED"} isDemo={round.isDemo} />
                <h2 className="mt-2 text-xl leading-snug font-semibold">
                  <Link href={`${base}/${round.slug}`}>
                    <Localized value={round.question} />
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {phase === "CLOSED"
                    ? t("closedOn", { date: formatDate(round.closesAt, locale, round.timeZone) })
                    : phase === "RANKING"
                      ? t("rankUntil", { date: formatDate(round.closesAt, locale, round.timeZone) })
                      : phase === "IDEAS"
                        ? t("ideasUntil", { date: formatDate(round.ideasCloseAt, locale, round.timeZone) })
                        : t("opensOn", { date: formatDate(round.opensAt, locale, round.timeZone) })}
                  {" · "}
                  {t("ideasCount", { count: round.ideas })}
                  {phase === "CLOSED" || phase === "RANKING" ? <> · {t("ballots", { count: round.ballots })}</> : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
