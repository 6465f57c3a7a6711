import { titleMetadata } from "@/components/layout/page";
import { DialogueForm } from "@/components/dialogue/dialogue-form";
import { NewPostFrame, openNewPost, type NewPostProps } from "@/components/listing/new-post-page";
import { dialogueSessionsOf } from "@/lib/dialogue/queries";
import { utcToZonedLocal } from "@/lib/event/zoned-time";
import { formatDate } from "@/lib/i18n/dates";
import { pickText } from "@/lib/i18n/localized-text";
import { localizedValues } from "@/lib/forms/fields";

export const generateMetadata = titleMetadata("dialogueForms.form.newTitle", { index: false });

const HOUR = 3_600_000;
const DEFAULT_ZONE = "Europe/Kyiv";

export default async function NewDialoguePage(props: NewPostProps) {
  // The same owners a person may post events and polls for: verified representatives and officials.
  const posting = await openNewPost(props);
  const idsOf = (kind: string) => posting.owners.filter((o) => o.value.startsWith(`${kind}:`)).map((o) => o.value.slice(kind.length + 1));
  const sessions = await dialogueSessionsOf({ organizationIds: idsOf("organization"), communityIds: idsOf("community") });
  const opens = new Date(Math.ceil(new Date().getTime() / HOUR) * HOUR);
  return (
    <NewPostFrame form="dialogueForms.form" path="/dialogues/new" posting={posting}>
      <DialogueForm
        key={posting.submitted ?? "new"}
        locale={posting.locale}
        owners={posting.owners}
        events={sessions.map((event) => ({
          value: event.id,
          label: `${pickText(event.title, posting.locale)?.text ?? ""} · ${formatDate(event.startsAt, posting.locale)}`,
        }))}
        values={{
          owner: posting.owners[0]?.value ?? "",
          ...localizedValues("question", null),
          ...localizedValues("description", null),
          statements: "",
          statementsLocale: posting.locale,
          eventId: "",
          timeZone: DEFAULT_ZONE,
          opensLocal: utcToZonedLocal(opens, DEFAULT_ZONE),
          closesLocal: utcToZonedLocal(new Date(opens.getTime() + 14 * 24 * HOUR), DEFAULT_ZONE),
        }}
      />
    </NewPostFrame>
  );
}
