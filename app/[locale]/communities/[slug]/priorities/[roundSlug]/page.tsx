// /{locale}/communities/{slug}/priorities/{roundSlug} — one priorities round: its question and
// phases; while gathering, the ideas and the form to add one (officials also decide the waiting
// ones); while ranking, the ballot; once closed, the results, and for officials "Turn into a need".
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { listingAlternates } from "@/components/listing/detail-page";
import { PostColumns } from "@/components/listing/post-layout";
import { BackLink } from "@/components/listing/profile-layout";
import { IdeaDecision } from "@/components/priorities/idea-decision";
import { IdeaForm } from "@/components/priorities/idea-form";
import { RankingForm } from "@/components/priorities/ranking-form";
import { PriorityResults } from "@/components/priorities/results";
import { Badge } from "@/components/ui/badge";
import { Sector } from "@/generated/prisma/enums";
import { getViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/i18n/dates";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { VOICE_POSITIONS } from "@/lib/priorities/privacy";
import { getRound, type IdeaItem, type RoundView } from "@/lib/priorities/queries";
import { loadCommunity, roundRights } from "../_components/load";
import { RoundBadges, RoundFacts } from "../_components/round-parts";

type RoundParams = Promise<{ locale: string; slug: string; roundSlug: string }>;

/** How many of the best-ranked ideas an official is offered to turn into needs. */
const TOP_IDEAS = 5;

export async function generateMetadata({ params }: { params: RoundParams }): Promise<Metadata> {
  const { locale: localeParam, slug, roundSlug } = await params;
  const locale = requireLocale(localeParam);
  const community = await loadCommunity(slug);
  // The public version only: metadata is the same for everyone.
  const found = community ? await getRound(community.id, roundSlug) : null;
  if (!found) return { title: (await getTranslations({ locale }))("priorities.notFoundTitle") };
  return {
    title: pickText(found.round.question, locale)?.text,
    alternates: listingAlternates(locale, `/communities/${slug}/priorities/${roundSlug}`),
  };
}

/** An idea's title as written, with its language when it is not the page's. */
const ideaText = (idea: IdeaItem) => ({ id: idea.id, title: idea.title, lang: idea.locale });

export default async function RoundPage({ params }: { params: RoundParams }) {
  const { locale: localeParam, slug, roundSlug } = await params;
  const locale = requireLocale(localeParam);
  const community = await loadCommunity(slug);
  if (!community) notFound();
  const viewer = await getViewer();
  const rights = roundRights(viewer, community.id);
  const found = await getRound(community.id, roundSlug, { manage: rights.manage, userId: viewer?.id ?? null });
  if (!found) notFound();
  const { round, phase, ideas, pending, voted, results } = found;
  const [t, tForm, tCommunity, label] = await Promise.all([
    getTranslations("priorities"),
    getTranslations("prioritiesForm"),
    getTranslations("community"),
    getVocabulary(),
  ]);
  const name = communityTitle(community, locale, tCommunity).text;
  const here = `/communities/${community.slug}/priorities/${round.slug}`;
  const signIn = (text: string) => (
    <p className="mt-2">
      <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}${here}`)}`} className="font-semibold">
        {text}
      </Link>
    </p>
  );
  const published = round.status === "PUBLISHED";

  return (
    <article>
      <BackLink href={`/communities/${community.slug}/priorities`}>{t("communityTitle", { name })}</BackLink>
      <RoundBadges phase={phase} pending={!published} isDemo={round.isDemo} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">
        <Localized value={round.question} labelled />
      </h1>
      <PostColumns facts={<RoundFacts round={round} locale={locale} />}>
        <LocalizedParagraphs value={round.description} className="max-w-prose text-lg" />
        {!published ? <p className="mt-3 rounded-md border border-note-line bg-note-soft p-3">{t("pendingNote")}</p> : null}

        {phase === "UPCOMING" ? (
          <p className="mt-6">{t("opensAt", { date: formatDateTime(round.opensAt, locale, round.timeZone) })}</p>
        ) : null}

        {phase === "IDEAS" && published ? (
          <section aria-labelledby="propose-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
            <h2 id="propose-heading" className="text-xl font-semibold">
              {t("proposeHeading")}
            </h2>
            <p className="text-sm text-muted">{t("proposeLead")}</p>
            {viewer ? (
              <IdeaForm
                roundId={round.id}
                locale={locale}
                sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
              />
            ) : (
              signIn(t("signInToPropose"))
            )}
          </section>
        ) : null}

        {phase === "RANKING" && published ? (
          <section aria-labelledby="rank-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
            <h2 id="rank-heading" className="text-xl font-semibold">
              {t("rankHeading")}
            </h2>
            {!viewer ? (
              signIn(t("signInToRank"))
            ) : ideas.length === 0 ? (
              <p className="mt-2">{t("noIdeas")}</p>
            ) : (
              <RankingForm
                roundId={round.id}
                budget={round.points}
                ideas={ideas.map(ideaText)}
                voted={voted}
                positions={VOICE_POSITIONS.map((position) => ({ value: position, label: tForm(`positions.${position}`) }))}
              />
            )}
          </section>
        ) : null}

        {rights.manage && pending.length > 0 ? <PendingIdeas found={found} /> : null}

        {results ? (
          <section aria-labelledby="results-heading" className="mt-6">
            <h2 id="results-heading" className="text-xl font-semibold">
              {t("results")}
            </h2>
            {phase !== "CLOSED" ? <p className="text-sm text-muted">{t("resultsForOfficials")}</p> : null}
            <PriorityResults
              results={{ ...results, ideas: results.ideas.map((row) => ({ ...row, idea: ideaText(row.idea) })) }}
              actions={phase === "CLOSED" && rights.open ? await needLinks(found, community.slug) : undefined}
            />
          </section>
        ) : phase === "RANKING" ? (
          <p className="mt-6 text-muted">{t("resultsAfter", { date: formatDateTime(round.closesAt, locale, round.timeZone) })}</p>
        ) : null}

        <section aria-labelledby="ideas-heading" className="mt-6">
          <h2 id="ideas-heading" className="text-xl font-semibold">
            {t("ideasHeading", { count: ideas.length })}
          </h2>
          {ideas.length === 0 ? (
            <p className="mt-2 text-muted">{t("noIdeas")}</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {ideas.map((idea) => (
                <li key={idea.id} className="min-w-0 rounded-lg border border-line bg-surface p-3 [overflow-wrap:anywhere]">
                  <p lang={idea.locale} className="font-semibold">
                    {idea.title}
                  </p>
                  {idea.details ? (
                    <p lang={idea.locale} className="mt-1 whitespace-pre-line text-muted">
                      {idea.details}
                    </p>
                  ) : null}
                  <p className="mt-2 flex flex-wrap gap-2">
                    {idea.sector ? <Badge tone="brand">{label("sector", idea.sector)}</Badge> : null}
                    {idea.need ? <Badge tone="ok">{t("becameNeed")}</Badge> : null}
                  </p>
                  <p className="mt-1 text-right text-sm">
                    <Link href={`/report?type=idea&slug=${idea.id}`}>{t("reportIdea")}</Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </PostColumns>
    </article>
  );
}

/** The ideas waiting for an official's decision (only they and moderators see them). */
async function PendingIdeas({ found }: { found: RoundView }) {
  const t = await getTranslations("priorities");
  const open = found.phase === "IDEAS" || found.phase === "UPCOMING";
  return (
    <section aria-labelledby="pending-heading" className="mt-6 rounded-lg border border-note-line bg-note-soft p-4">
      <h2 id="pending-heading" className="text-xl font-semibold">
        {t("pendingHeading", { count: found.pending.length })}
      </h2>
      <p className="text-sm">{open ? t("pendingLead") : t("pendingTooLate")}</p>
      <ul className="mt-2 space-y-3">
        {found.pending.map((idea) => (
          <li key={idea.id} className="min-w-0 rounded-md border border-line bg-surface p-3 [overflow-wrap:anywhere]">
            <p lang={idea.locale} className="font-semibold">
              {idea.title}
            </p>
            {idea.details ? (
              <p lang={idea.locale} className="mt-1 whitespace-pre-line text-muted">
                {idea.details}
              </p>
            ) : null}
            {open ? <IdeaDecision ideaId={idea.id} title={idea.title} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For the community's officials after the close: "Turn into a need" on the best-ranked ideas, or the need it became. */
async function needLinks(found: RoundView, communitySlug: string): Promise<Map<string, React.ReactNode>> {
  const t = await getTranslations("priorities");
  const links = new Map<string, React.ReactNode>();
  const top = (found.results?.ideas ?? []).filter((row) => row.total > 0).slice(0, TOP_IDEAS);
  for (const { idea } of top) {
    links.set(
      idea.id,
      idea.need ? (
        <Link href={`/communities/${communitySlug}#needs`}>{t("becameNeed")} →</Link>
      ) : (
        <Link href={`/communities/${communitySlug}/needs/new?fromIdea=${encodeURIComponent(idea.id)}`} className="font-semibold">
          {t("turnIntoNeed")}
          <span className="sr-only">: {idea.title}</span>
        </Link>
      ),
    );
  }
  return links;
}
