import { getTranslations } from "next-intl/server";
import { listAnnouncementsOf } from "@/lib/announcement/queries";
import { Link } from "@/lib/i18n/navigation";
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
  const [items, t] = await Promise.all([listAnnouncementsOf(owner, take), getTranslations("announcements")]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="profile-announcements">
      <Heading id="profile-announcements" className="mb-3 text-xl font-bold">{t("profileHeading")}</Heading>
      {items.length === 0 ? (
        <p className="text-muted">{t("profileEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((announcement) => (
            <li key={announcement.id}>
              <AnnouncementCard announcement={announcement} headingLevel={headingLevel === 2 ? 3 : 2} showOrganiser={false} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3"><Link href="/announcements">{t("allAnnouncements")} →</Link></p>
    </section>
  );
}
