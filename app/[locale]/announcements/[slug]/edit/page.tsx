import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnouncementForm, type AnnouncementFormValues } from "@/components/announcement/announcement-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Sector } from "@/generated/prisma/enums";
import { PendingChangeNote } from "@/components/listing/pending-change-note";
import { announcementFormValues } from "@/lib/announcement/edit-values";
import { getAnnouncementForEdit } from "@/lib/announcement/queries";
import { getOpenChange } from "@/lib/listing/queries";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "announcementForm" }))("editTitle"), robots: { index: false } };
}

export default async function EditAnnouncementPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  await connection();
  const [viewer, announcement] = await Promise.all([getViewer(), getAnnouncementForEdit(slug)]);
  // Not found and not allowed look the same: an edit page does not confirm that a pending announcement exists.
  if (!announcement || !can(viewer, "update", "Announcement", { organizationId: announcement.organizationId, communityId: announcement.communityId })) notFound();
  const [t, label, pending] = await Promise.all([getTranslations("announcementForm"), getVocabulary(), getOpenChange("ANNOUNCEMENT", announcement.id, viewer?.id)]);
  const title = asLocalizedText(announcement.title);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/announcements/${announcement.slug}`}>← {title[locale] ?? title.uk ?? title.en ?? announcement.slug}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("status", { status: announcement.status })}</p>
      {pending ? <PendingChangeNote createdAt={pending.createdAt} locale={locale} /> : null}
      <AnnouncementForm
        mode="edit"
        locale={locale}
        announcementId={announcement.id}
        slug={announcement.slug}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        // What the author sent and a moderator has not decided yet, over the published values.
        values={{ ...announcementFormValues(announcement), ...pending?.changes } as AnnouncementFormValues}
      />
    </div>
  );
}
