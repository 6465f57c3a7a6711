import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnnouncementForm } from "@/components/announcement/announcement-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Sector } from "@/generated/prisma/enums";
import { getAnnouncementForEdit } from "@/lib/announcement/queries";
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
  const [t, label] = await Promise.all([getTranslations("announcementForm"), getVocabulary()]);
  const title = asLocalizedText(announcement.title);
  const body = asLocalizedText(announcement.body);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/announcements/${announcement.slug}`}>← {title[locale] ?? title.uk ?? title.en ?? announcement.slug}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("status", { status: announcement.status })}</p>
      <AnnouncementForm
        mode="edit"
        locale={locale}
        announcementId={announcement.id}
        slug={announcement.slug}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        values={{ titleUk: title.uk ?? "", titleEn: title.en ?? "", bodyUk: body.uk ?? "", bodyEn: body.en ?? "", sectors: announcement.sectors }}
      />
    </div>
  );
}
