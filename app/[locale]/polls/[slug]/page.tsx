import { getTranslations } from "next-intl/server";
import { EventOrganiser } from "@/components/event/event-organiser";
import { ReaderTime } from "@/components/event/local-time";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { detailMetadata, openDetail, publicRead, type SlugParams } from "@/components/listing/detail-page";
import { Fact } from "@/components/listing/fact";
import { PostColumns, PostNav } from "@/components/listing/post-layout";
import { PollBadges } from "@/components/poll/poll-card";
import { PollResults } from "@/components/poll/poll-results";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { formatDateTime } from "@/lib/i18n/dates";
import { getPublicPoll } from "@/lib/poll/queries";
import { pollState } from "@/lib/poll/state";
import { PollBallot } from "./_components/poll-ballot";
import { PollNominations } from "./_components/poll-nominations";

const loadPoll = publicRead(getPublicPoll);

export const generateMetadata = detailMetadata(loadPoll, "polls.notFoundTitle", (found, locale) => ({
  title: pickText(found.poll.question, locale)?.text,
}));

export default async function PollPage({ params }: { params: SlugParams }) {
  const { locale, item: found } = await openDetail(params, loadPoll);
  const { poll, results, pendingNominations, participants } = found;
  const [tPolls, viewer] = await Promise.all([getTranslations("polls"), getViewer()]);
  const state = pollState(poll, new Date());
  // In the zone the organiser chose, named, with the reader's own time beside it in the browser.
  const date = (value: Date) => formatDateTime(value, locale, poll.timeZone);
  const owner = { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience };
  const facts = (
    <>
      <Fact term={tPolls("organiser")}>
        <EventOrganiser owner={poll} />
      </Fact>
      <Fact term={tPolls("audience")}>{poll.audience === "MEMBERS" ? tPolls("audienceMEMBERS") : tPolls("audienceSIGNED_IN")}</Fact>
      <Fact term={tPolls("secrecy")}>{poll.isAnonymous ? tPolls("anonymous") : tPolls("named")}</Fact>
      <Fact term={tPolls("opens")}>
        <time dateTime={poll.opensAt.toISOString()}>{date(poll.opensAt)}</time>
        <ReaderTime at={poll.opensAt.toISOString()} timeZone={poll.timeZone} />
      </Fact>
      <Fact term={tPolls("closes")}>
        <time dateTime={poll.closesAt.toISOString()}>{date(poll.closesAt)}</time>
        <ReaderTime at={poll.closesAt.toISOString()} timeZone={poll.timeZone} />
      </Fact>
    </>
  );

  return (
    <article>
      <PostNav
        className="flex flex-wrap gap-4 text-sm"
        back={{ href: "/polls", text: tPolls("allPolls") }}
        edit={can(viewer, "update", "Poll", owner) && { href: `/polls/${poll.slug}/edit`, text: tPolls("edit") }}
      />
      <PollBadges state={state} isDemo={poll.isDemo} className="mt-2 flex flex-wrap gap-2" />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        <Localized value={poll.question} labelled />
      </h1>
      <PostColumns facts={facts}>
        <LocalizedParagraphs value={poll.description} className="max-w-prose text-lg" />
        {poll.allowNominations && state !== "CLOSED" && (
          <p className="mt-3 text-sm">
            {tPolls("nominations")} {pendingNominations > 0 && tPolls("nominationsPending", { count: pendingNominations })}
          </p>
        )}
        <PollBallot found={found} state={state} viewer={viewer} locale={locale} />
        <PollNominations poll={poll} state={state} viewer={viewer} locale={locale} />
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-xl font-semibold">
            {tPolls("results")}
          </h2>
          {results ? (
            <>
              <p className="mt-1 text-sm text-muted">{tPolls("participants", { count: participants })}</p>
              {results.total === 0 ? (
                <p className="mt-2">{tPolls("noVotesYet")}</p>
              ) : (
                <PollResults options={results.options} total={results.total} />
              )}
            </>
          ) : (
            <p className="mt-2">{tPolls("resultsHidden", { date: date(poll.closesAt) })}</p>
          )}
        </section>
      </PostColumns>
    </article>
  );
}
