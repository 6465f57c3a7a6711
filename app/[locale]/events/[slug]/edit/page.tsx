import { getTranslations } from "next-intl/server";
import { EventForm, type EventFormValues } from "@/components/event/event-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { EditPostFrame, openPostEdit } from "@/components/listing/edit-post-page";
import { EventType, Sector } from "@/generated/prisma/enums";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";
import { can } from "@/lib/auth/policy";
import { eventFormValues } from "@/lib/event/edit-values";
import { getEventForEdit } from "@/lib/event/queries";

export const generateMetadata = titleMetadata("eventForm.editTitle", { index: false });

export default async function EditEventPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const {
    locale,
    post: event,
    pending,
  } = await openPostEdit(
    params,
    getEventForEdit,
    (viewer, event) => can(viewer, "update", "Event", { organizationId: event.organizationId, communityId: event.communityId }),
    "EVENT",
  );
  const [tEventForm, label] = await Promise.all([getTranslations("eventForm"), getVocabulary()]);
  return (
    <EditPostFrame
      href={`/events/${event.slug}`}
      name={event.title}
      slug={event.slug}
      heading={tEventForm("editTitle")}
      status={tEventForm("status", { status: event.status })}
      pending={pending}
      locale={locale}
    >
      <EventForm
        locale={locale}
        edit={{ id: event.id, slug: event.slug }}
        types={Object.values(EventType).map((type) => ({ value: type, label: label("eventType", type) }))}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        countries={countryOptions(locale)}
        languages={languageOptions(locale)}
        // What the author sent and a moderator has not decided yet, over the published values.
        values={{ ...eventFormValues(event), ...pending?.changes } as EventFormValues}
      />
    </EditPostFrame>
  );
}
