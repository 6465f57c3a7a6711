import { getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/announcement/announcement-form";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { NewPostFrame, openNewPost, type NewPostProps } from "@/components/listing/new-post-page";
import { Sector } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { localizedValues } from "@/lib/forms/fields";

export const generateMetadata = titleMetadata("announcementForm.newTitle", { index: false });

export default async function NewAnnouncementPage(props: NewPostProps) {
  // Whoever may post events may post announcements: the same verified listings (lib/auth/policy.ts).
  const posting = await openNewPost(props);
  const [tAnnouncementForm, label] = await Promise.all([getTranslations("announcementForm"), getVocabulary()]);
  return (
    <NewPostFrame
      form="announcementForm"
      path="/announcements/new"
      posting={posting}
      back={
        <p className="text-sm">
          <Link href="/announcements">{tAnnouncementForm("allAnnouncements")}</Link>
        </p>
      }
    >
      <AnnouncementForm
        // A fresh form (and idempotency key) after each submission, not the previous announcement's text.
        key={posting.submitted ?? "new"}
        locale={posting.locale}
        owners={posting.owners}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        values={{ ...localizedValues("title", null), ...localizedValues("body", null), sectors: [] }}
      />
    </NewPostFrame>
  );
}
