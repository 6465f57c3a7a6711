import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/components/layout/page";
import { EditPostFrame, openPostEdit } from "@/components/listing/edit-post-page";
import { PollForm, type PollFormValues } from "@/components/poll/poll-form";
import { can } from "@/lib/auth/policy";
import { pollFormValues } from "@/lib/poll/edit-values";
import { getPollForEdit } from "@/lib/poll/queries";

export const generateMetadata = titleMetadata("pollForm.editTitle", { index: false });

export default async function EditPollPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const {
    locale,
    post: poll,
    pending,
  } = await openPostEdit(
    params,
    getPollForEdit,
    (viewer, poll) =>
      can(viewer, "update", "Poll", { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience }),
    "POLL",
  );
  const [tPollForm, tListingStatus] = await Promise.all([getTranslations("pollForm"), getTranslations("account.listingStatus")]);
  return (
    <EditPostFrame
      href={`/polls/${poll.slug}`}
      name={poll.question}
      slug={poll.slug}
      heading={tPollForm("editTitle")}
      status={tPollForm("status", { status: tListingStatus(poll.status) })}
      pending={pending}
      locale={locale}
    >
      <PollForm
        locale={locale}
        edit={{ pollId: poll.id, slug: poll.slug, votesCast: poll._count.participations > 0 }}
        // What the author sent and a moderator has not decided yet, over the current values.
        values={{ owner: "", ...pollFormValues(poll, poll.options), ...pending?.changes } as PollFormValues}
      />
    </EditPostFrame>
  );
}
