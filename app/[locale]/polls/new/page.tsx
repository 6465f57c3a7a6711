import { titleMetadata } from "@/components/layout/page";
import { NewPostFrame, openNewPost, type NewPostProps } from "@/components/listing/new-post-page";
import { PollForm } from "@/components/poll/poll-form";
import { utcToZonedLocal } from "@/lib/event/zoned-time";
import { localizedValues } from "@/lib/forms/fields";

export const generateMetadata = titleMetadata("pollForm.newTitle");

const HOUR = 3_600_000;
const DEFAULT_ZONE = "Europe/Kyiv";

export default async function NewPollPage(props: NewPostProps) {
  // The same owners a person may post events for: verified representatives and officials.
  const posting = await openNewPost(props);
  // A sensible start: open from the next full hour for two weeks, which people then adjust.
  const opens = new Date(Math.ceil(new Date().getTime() / HOUR) * HOUR);
  return (
    <NewPostFrame form="pollForm" path="/polls/new" posting={posting}>
      <PollForm
        // A fresh form (and idempotency key) after each submission, not the previous poll's.
        key={posting.submitted ?? "new"}
        locale={posting.locale}
        owners={posting.owners}
        values={{
          owner: posting.owners[0]?.value ?? "",
          ...localizedValues("question", null),
          ...localizedValues("description", null),
          optionsUk: "",
          optionsEn: "",
          allowNominations: false,
          audience: "SIGNED_IN",
          isAnonymous: true,
          resultsVisibility: "ALWAYS",
          timeZone: DEFAULT_ZONE,
          opensLocal: utcToZonedLocal(opens, DEFAULT_ZONE),
          closesLocal: utcToZonedLocal(new Date(opens.getTime() + 14 * 24 * HOUR), DEFAULT_ZONE),
        }}
      />
    </NewPostFrame>
  );
}
