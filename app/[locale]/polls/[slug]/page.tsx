import type { Metadata } from "next";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventOrganiser } from "@/components/event/event-organiser";
import { formatterFor } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { DemoBadge } from "@/components/listing/demo-badge";
import { PollStateBadge } from "@/components/poll/poll-card";
import { PollResults } from "@/components/poll/poll-results";
import { ApproveNominationForm, NominateForm } from "@/components/poll/nomination-forms";
import { VoteForm } from "@/components/poll/vote-form";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getPublicPoll, hasParticipated, listPendingNominations } from "@/lib/poll/queries";
import { pollState } from "@/lib/poll/state";

type Props = { params: Promise<{ locale: string; slug: string }> };

const loadPoll = cache(async (slug: string) => {
  await connection();
  return getPublicPoll(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  const found = await loadPoll(slug);
  if (!found) return { title: (await getTranslations({ locale, namespace: "polls" }))("notFoundTitle") };
  return { title: pickText(found.poll.question, locale)?.text };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-line py-3 first:border-t-0 first:pt-0">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

export default async function PollPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  const found = await loadPoll(slug);
  if (!found) notFound();
  const { poll, options, results, pendingNominations, participants } = found;
  const [t, viewer] = await Promise.all([getTranslations("polls"), getViewer()]);
  const format = formatterFor(locale);
  const now = new Date();
  const state = pollState(poll, now);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const mayVote = can(viewer, "vote", "Poll", { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience });
  const voted = viewer ? await hasParticipated(poll.id, viewer.id) : false;
  const owner = { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience };
  const mayNominate = viewer !== null && poll.allowNominations && state !== "CLOSED" && can(viewer, "nominate", "Poll", owner);
  const pending = poll.allowNominations && can(viewer, "update", "Poll", owner) ? await listPendingNominations(poll.id) : [];

  return (
    <article>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/polls">{t("allPolls")}</Link>
        {can(viewer, "update", "Poll", owner) && <Link href={`/polls/${poll.slug}/edit`} className="font-semibold">{t("edit")}</Link>}
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        <PollStateBadge state={state} />
        {poll.isDemo && <DemoBadge />}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight"><Localized value={poll.question} /></h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <LocalizedParagraphs value={poll.description} className="max-w-prose text-lg" />
          {poll.allowNominations && state !== "CLOSED" && (
            <p className="mt-3 text-sm">
              {t("nominations")} {pendingNominations > 0 && t("nominationsPending", { count: pendingNominations })}
            </p>
          )}

          <section aria-labelledby="vote-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
            <h2 id="vote-heading" className="text-xl font-semibold">{t("voteHeading")}</h2>
            {state === "CLOSED" ? (
              <p className="mt-2">{t("readOnly")}</p>
            ) : state === "UPCOMING" ? (
              <p className="mt-2">{t("notYetOpen", { date: date(poll.opensAt) })}</p>
            ) : !viewer ? (
              <p className="mt-2">
                <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/polls/${poll.slug}`)}`} className="font-semibold">{t("voteSignIn")}</Link>
              </p>
            ) : !mayVote ? (
              <p className="mt-2">{t("audienceMEMBERS")}</p>
            ) : options.length === 0 ? (
              // A nominations poll may open before any candidate is approved.
              <p className="mt-2">{t("noOptionsYet")}</p>
            ) : (
              <VoteForm pollId={poll.id} voted={voted} options={options.map((option) => {
                const label = pickText(option.label, locale);
                return { id: option.id, label: label?.text ?? "", lang: label && label.lang !== locale ? label.lang : undefined };
              })} />
            )}
          </section>

          {mayNominate && (
            <section aria-labelledby="nominate-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
              <h2 id="nominate-heading" className="text-xl font-semibold">{t("nominateHeading")}</h2>
              <NominateForm pollId={poll.id} />
            </section>
          )}
          {pending.length > 0 && (
            <section aria-labelledby="pending-heading" className="mt-6 rounded-lg border border-note-line bg-note-soft p-4">
              <h2 id="pending-heading" className="text-xl font-semibold">{t("pendingHeading")}</h2>
              <ul className="mt-3 space-y-2">
                {pending.map((option) => (
                  <li key={option.id}><ApproveNominationForm optionId={option.id} label={pickText(option.label, locale)?.text ?? "?"} /></li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="results-heading" className="mt-6">
            <h2 id="results-heading" className="text-xl font-semibold">{t("results")}</h2>
            {results ? (
              <>
                <p className="mt-1 text-sm text-muted">{t("participants", { count: participants })}</p>
                {results.total === 0 ? <p className="mt-2">{t("noVotesYet")}</p> : <PollResults options={results.options} total={results.total} />}
              </>
            ) : (
              <p className="mt-2">{t("resultsHidden", { date: date(poll.closesAt) })}</p>
            )}
          </section>
        </div>
        <dl className="h-fit rounded-lg border border-line bg-surface p-4">
          <Fact term={t("organiser")}><EventOrganiser owner={poll} /></Fact>
          <Fact term={t("audience")}>{poll.audience === "MEMBERS" ? t("audienceMEMBERS") : t("audienceSIGNED_IN")}</Fact>
          <Fact term={t("secrecy")}>{poll.isAnonymous ? t("anonymous") : t("named")}</Fact>
          <Fact term={t("opens")}><time dateTime={poll.opensAt.toISOString()}>{date(poll.opensAt)}</time></Fact>
          <Fact term={t("closes")}><time dateTime={poll.closesAt.toISOString()}>{date(poll.closesAt)}</time></Fact>
        </dl>
      </div>
    </article>
  );
}
