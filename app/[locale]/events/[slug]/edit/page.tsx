import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm } from "@/components/event/event-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { EventType, Sector } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getEventForEdit } from "@/lib/event/queries";
import { utcToZonedLocal } from "@/lib/event/zoned-time";
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
  const [t, label] = await Promise.all([getTranslations("eventForm"), getVocabulary()]);
  const title = asLocalizedText(event.title);
  const description = asLocalizedText(event.description);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/events/${event.slug}`}>← {title[locale] ?? title.uk ?? title.en ?? event.slug}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("status", { status: event.status })}</p>
      <EventForm
        mode="edit"
        locale={locale}
        eventId={event.id}
        slug={event.slug}
        types={Object.values(EventType).map((type) => ({ value: type, label: label("eventType", type) }))}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        values={{
          type: event.type, titleUk: title.uk ?? "", titleEn: title.en ?? "", descriptionUk: description.uk ?? "", descriptionEn: description.en ?? "",
          timeZone: event.timeZone, startsLocal: utcToZonedLocal(event.startsAt, event.timeZone), endsLocal: utcToZonedLocal(event.endsAt, event.timeZone),
          isOnline: event.isOnline, onlineUrl: event.onlineUrl ?? "", venue: event.venue ?? "", city: event.city ?? "", country: event.country ?? "",
          registrationUrl: event.registrationUrl ?? "",
          registrationDeadlineLocal: event.registrationDeadline ? utcToZonedLocal(event.registrationDeadline, event.timeZone) : "",
          languages: event.languages.join(", "), sectors: event.sectors,
        }}
      />
    </div>
  );
}
