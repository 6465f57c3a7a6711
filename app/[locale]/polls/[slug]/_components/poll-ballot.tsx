import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { VoteForm } from "@/components/poll/vote-form";
import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/lib/i18n/dates";
import { hasParticipated, type getPublicPoll } from "@/lib/poll/queries";
import type { PollState } from "@/lib/poll/state";

type PublicPoll = NonNullable<Awaited<ReturnType<typeof getPublicPoll>>>;

/** The vote, or why there is none: closed, not yet open, signed out, not in the audience, no options yet. */
export async function PollBallot({
  found,
  state,
  viewer,
  locale,
}: {
  found: PublicPoll;
  state: PollState;
  viewer: Viewer | null;
  locale: Locale;
}) {
  const { poll, options } = found;
  const tPolls = await getTranslations("polls");
  const mayVote = can(viewer, "vote", "Poll", {
    organizationId: poll.organizationId,
    communityId: poll.communityId,
    audience: poll.audience,
  });
  const voted = viewer ? await hasParticipated(poll.id, viewer.id) : false;
  return (
    <section aria-labelledby="vote-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
      <h2 id="vote-heading" className="text-xl font-semibold">
        {tPolls("voteHeading")}
      </h2>
      {state === "CLOSED" ? (
        <p className="mt-2">{tPolls("readOnly")}</p>
      ) : state === "UPCOMING" ? (
        <p className="mt-2">{tPolls("notYetOpen", { date: formatDateTime(poll.opensAt, locale, poll.timeZone) })}</p>
      ) : !viewer ? (
        <p className="mt-2">
          <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/polls/${poll.slug}`)}`} className="font-semibold">
            {tPolls("voteSignIn")}
          </Link>
        </p>
      ) : !mayVote ? (
        <p className="mt-2">{tPolls("audienceMEMBERS")}</p>
      ) : options.length === 0 ? (
        // A nominations poll may open before any candidate is approved.
        <p className="mt-2">{tPolls("noOptionsYet")}</p>
      ) : (
        <VoteForm
          pollId={poll.id}
          voted={voted}
          options={options.map((option) => {
            const label = pickText(option.label, locale);
            return { id: option.id, label: label?.text ?? "", lang: label && label.lang !== locale ? label.lang : undefined };
          })}
        />
      )}
    </section>
  );
}
