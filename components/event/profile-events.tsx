import { getTranslations } from "next-intl/server";
import { listUpcomingEventsOf } from "@/lib/event/queries";
import { Link } from "@/lib/i18n/navigation";
import { EventCard } from "./event-card";

/**
 * The upcoming events block of an organisation's or community's profile: drop it into the page
 * with the owner's id. An async server component that reads its own data.
 */
export async function ProfileEvents({ owner, take = 5 }: { owner: { organizationId: string } | { communityId: string }; take?: number }) {
  const now = new Date();
  const [items, t] = await Promise.all([listUpcomingEventsOf(owner, now, take), getTranslations("events")]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="profile-events" className="mt-8">
      <h2 id="profile-events" className="text-xl font-semibold">{t("listTitle")}</h2>
      <ul className="mt-3 space-y-3">
        {items.map((event) => (
          <li key={event.id}>
            <EventCard event={event} now={now} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm"><Link href="/events">{t("allEvents")}</Link></p>
    </section>
  );
}
