import { getTranslations } from "next-intl/server";
import { AnnouncementForm, type AnnouncementFormValues } from "@/components/announcement/announcement-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { EditPostFrame, openPostEdit } from "@/components/listing/edit-post-page";
import { Sector } from "@/generated/prisma/enums";
import { announcementFormValues } from "@/lib/announcement/edit-values";
import { getAnnouncementForEdit } from "@/lib/announcement/queries";
import { can } from "@/lib/auth/policy";

export const generateMetadata = titleMetadata("announcementForm.editTitle", { index: false });

export default async function EditAnnouncementPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const {
    locale,
    post: announcement,
    pending,
  } = await openPostEdit(
    params,
    getAnnouncementForEdit,
    (viewer, announcement) =>
      can(viewer, "update", "Announcement", { organizationId: announcement.organizationId, communityId: announcement.communityId }),
    "ANNOUNCEMENT",
  );
  const [tAnnouncementForm, label] = await Promise.all([getTranslations("announcementForm"), getVocabulary()]);
  return (
    <EditPostFrame
      href={`/announcements/${announcement.slug}`}
      name={announcement.title}
      slug={announcement.slug}
      heading={tAnnouncementForm("editTitle")}
      status={tAnnouncementForm("status", { status: announcement.status })}
      pending={pending}
      locale={locale}
    >
      <AnnouncementForm
        locale={locale}
        edit={{ id: announcement.id, slug: announcement.slug }}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        // What the author sent and a moderator has not decided yet, over the published values.
        values={{ ...announcementFormValues(announcement), ...pending?.changes } as AnnouncementFormValues}
      />
    </EditPostFrame>
  );
}
