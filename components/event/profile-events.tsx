import { getTranslations } from "next-intl/server";
import { listUpcomingEventsOf } from "@/lib/event/queries";
import { ProfileList } from "@/components/listing/profile-list";
import { EventCard } from "./event-card";

/**
 * The upcoming events block of an organisation's or community's profile: drop it into the page
 * with the owner's id. An async server component that reads its own data; says so when there
 * is nothing coming up.
 */
export async function ProfileEvents({ owner, take = 5 }: { owner: { organizationId: string } | { communityId: string }; take?: number }) {
  const now = new Date();
  const [items, tEvents, tOrganization] = await Promise.all([
    listUpcomingEventsOf(owner, now, take),
    getTranslations("events"),
    getTranslations("organization"),
  ]);
  return (
    <ProfileList
      headingId="profile-events"
      heading={tOrganization("upcomingEvents")}
      empty={tOrganization("noEvents")}
      more={{ href: "/events", text: tEvents("allEvents") }}
    >
      {items.map((event) => (
        <li key={event.id}>
          <EventCard event={event} now={now} />
        </li>
      ))}
    </ProfileList>
  );
}
