import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnouncementForm } from "@/components/announcement/announcement-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Sector } from "@/generated/prisma/enums";
import { PostingGate } from "@/components/listing/posting-gate";
import { postingOwnerOptions } from "@/components/listing/posting-owners";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "announcementForm" }))("newTitle"), robots: { index: false } };
}

export default async function NewAnnouncementPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const submitted = (await searchParams).submitted;
  const [viewer, t, label] = await Promise.all([getViewer(), getTranslations("announcementForm"), getVocabulary()]);
  // Whoever may post events may post announcements: the same verified listings (lib/auth/policy.ts).
  const ownerOptions = await postingOwnerOptions(viewer, locale);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href="/announcements">{t("allAnnouncements")}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      <PostingGate
        submitted={typeof submitted === "string"}
        signedIn={viewer !== null}
        hasOwners={ownerOptions.length > 0}
        signInHref={`/sign-in?next=/${locale}/announcements/new`}
        text={{ submitted: t("submitted"), signInFirst: t("signInFirst"), noListings: t("noListings") }}
      >
        <AnnouncementForm
          // A fresh form (and idempotency key) after each submission, not the previous announcement's text.
          key={typeof submitted === "string" ? submitted : "new"}
          mode="create"
          locale={locale}
          owners={ownerOptions}
          sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
          values={{ titleUk: "", titleEn: "", bodyUk: "", bodyEn: "", sectors: [] }}
        />
      </PostingGate>
    </div>
  );
}
