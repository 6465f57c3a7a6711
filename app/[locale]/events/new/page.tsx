import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm } from "@/components/event/event-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { EventType, Sector } from "@/generated/prisma/enums";
import { PostingGate } from "@/components/listing/posting-gate";
import { postingOwnerOptions } from "@/components/listing/posting-owners";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "eventForm" }))("newTitle") };
}

export default async function NewEventPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const submitted = (await searchParams).submitted;
  const [viewer, t, label] = await Promise.all([getViewer(), getTranslations("eventForm"), getVocabulary()]);
  const ownerOptions = await postingOwnerOptions(viewer, locale);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      <PostingGate
        submitted={typeof submitted === "string"}
        signedIn={viewer !== null}
        hasOwners={ownerOptions.length > 0}
        signInHref={`/sign-in?next=/${locale}/events/new`}
        text={{ submitted: t("submitted"), signInFirst: t("signInFirst"), noListings: t("noListings") }}
      >
        <EventForm
          // A fresh form (and idempotency key) after each submission: the next event is a new one.
          key={typeof submitted === "string" ? submitted : "new"}
          mode="create"
          locale={locale}
          owners={ownerOptions}
          types={Object.values(EventType).map((type) => ({ value: type, label: label("eventType", type) }))}
          sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
          values={{
            type: EventType.NETWORKING, titleUk: "", titleEn: "", descriptionUk: "", descriptionEn: "", timeZone: "Europe/Kyiv",
            startsLocal: "", endsLocal: "", isOnline: false, onlineUrl: "", venue: "", city: "", country: "", registrationUrl: "",
            registrationDeadlineLocal: "", languages: "uk", sectors: [],
          }}
        />
      </PostingGate>
    </div>
  );
}
