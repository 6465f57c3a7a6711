import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ApproveNominationForm, NominateForm } from "@/components/poll/nomination-forms";
import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { listPendingNominations, type getPublicPoll } from "@/lib/poll/queries";
import type { PollState } from "@/lib/poll/state";

/** On a poll that takes nominations: the form to nominate, and for the poll's owners the nominations to approve. */
export async function PollNominations({
  poll,
  state,
  viewer,
  locale,
}: {
  poll: NonNullable<Awaited<ReturnType<typeof getPublicPoll>>>["poll"];
  state: PollState;
  viewer: Viewer | null;
  locale: Locale;
}) {
  const owner = { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience };
  const mayNominate = viewer !== null && poll.allowNominations && state !== "CLOSED" && can(viewer, "nominate", "Poll", owner);
  const [tPolls, pending] = await Promise.all([
    getTranslations("polls"),
    poll.allowNominations && can(viewer, "update", "Poll", owner) ? listPendingNominations(poll.id) : Promise.resolve([]),
  ]);
  return (
    <>
      {mayNominate && (
        <section aria-labelledby="nominate-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
          <h2 id="nominate-heading" className="text-xl font-semibold">
            {tPolls("nominateHeading")}
          </h2>
          <NominateForm pollId={poll.id} />
        </section>
      )}
      {pending.length > 0 && (
        <section aria-labelledby="pending-heading" className="mt-6 rounded-lg border border-note-line bg-note-soft p-4">
          <h2 id="pending-heading" className="text-xl font-semibold">
            {tPolls("pendingHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            {pending.map((option) => (
              <li key={option.id}>
                <ApproveNominationForm optionId={option.id} label={pickText(option.label, locale)?.text ?? "?"} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
