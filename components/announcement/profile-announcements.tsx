import { getTranslations } from "next-intl/server";
import { listAnnouncementsOf } from "@/lib/announcement/queries";
import { ProfileList } from "@/components/listing/profile-list";
import { AnnouncementCard } from "./announcement-card";

/**
 * The announcements block of an organisation's or community's profile: drop it into the page
 * with the owner's id. Reads its own data (an async server component), shows the newest five
 * and links to the combined list.
 */
export async function ProfileAnnouncements({
  owner,
  headingLevel = 2,
  take = 5,
}: {
  owner: { organizationId: string } | { communityId: string };
  headingLevel?: 2 | 3;
  take?: number;
}) {
  const [items, tAnnouncements] = await Promise.all([listAnnouncementsOf(owner, take), getTranslations("announcements")]);
  return (
    <ProfileList
      headingId="profile-announcements"
      heading={tAnnouncements("profileHeading")}
      headingLevel={headingLevel}
      empty={tAnnouncements("profileEmpty")}
      more={{ href: "/announcements", text: tAnnouncements("allAnnouncements") }}
    >
      {items.map((announcement) => (
        <li key={announcement.id}>
          <AnnouncementCard announcement={announcement} headingLevel={headingLevel === 2 ? 3 : 2} showOrganiser={false} />
        </li>
      ))}
    </ProfileList>
  );
}
