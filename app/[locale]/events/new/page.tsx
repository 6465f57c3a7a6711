import { EventForm } from "@/components/event/event-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { NewPostFrame, openNewPost, type NewPostProps } from "@/components/listing/new-post-page";
import { EventType, Sector } from "@/generated/prisma/enums";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";
import { localizedValues } from "@/lib/forms/fields";

export const generateMetadata = titleMetadata("eventForm.newTitle");

export default async function NewEventPage(props: NewPostProps) {
  const posting = await openNewPost(props);
  const label = await getVocabulary();
  return (
    <NewPostFrame form="eventForm" path="/events/new" posting={posting}>
      <EventForm
        // A fresh form (and idempotency key) after each submission: the next event is a new one.
        key={posting.submitted ?? "new"}
        locale={posting.locale}
        owners={posting.owners}
        types={Object.values(EventType).map((type) => ({ value: type, label: label("eventType", type) }))}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        countries={countryOptions(posting.locale)}
        languages={languageOptions(posting.locale)}
        values={{
          // Asked, not assumed: the form's list starts at "Choose…".
          type: "",
          ...localizedValues("title", null),
          ...localizedValues("description", null),
          timeZone: "Europe/Kyiv",
          startsLocal: "",
          endsLocal: "",
          isOnline: false,
          onlineUrl: "",
          venue: "",
          city: "",
          country: "",
          registrationUrl: "",
          registrationDeadlineLocal: "",
          languages: "uk",
          sectors: [],
        }}
      />
    </NewPostFrame>
  );
}
