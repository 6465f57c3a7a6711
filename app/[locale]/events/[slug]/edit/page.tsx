import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm, type EventFormValues } from "@/components/event/event-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { EventType, Sector } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { eventFormValues } from "@/lib/event/edit-values";
import { getEventForEdit } from "@/lib/event/queries";
import { PendingChangeNote } from "@/components/listing/pending-change-note";
import { getOpenChange } from "@/lib/listing/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "eventForm" }))("editTitle"), robots: { index: false } };
}

export default async function EditEventPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  await connection();
  const [viewer, event] = await Promise.all([getViewer(), getEventForEdit(slug)]);
  // Not found and not allowed look the same: an edit page does not confirm that a pending event exists.
  if (!event || !can(viewer, "update", "Event", { organizationId: event.organizationId, communityId: event.communityId })) notFound();
  const [t, label, pending] = await Promise.all([getTranslations("eventForm"), getVocabulary(), getOpenChange("EVENT", event.id, viewer?.id)]);
  const title = asLocalizedText(event.title);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/events/${event.slug}`}>← {title[locale] ?? title.uk ?? title.en ?? event.slug}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("status", { status: event.status })}</p>
      {pending ? <PendingChangeNote createdAt={pending.createdAt} locale={locale} /> : null}
      <EventForm
        mode="edit"
        locale={locale}
        eventId={event.id}
        slug={event.slug}
        types={Object.values(EventType).map((type) => ({ value: type, label: label("eventType", type) }))}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        // What the author sent and a moderator has not decided yet, over the published values.
        values={{ ...eventFormValues(event), ...pending?.changes } as EventFormValues}
      />
    </div>
  );
}
