import { getTranslations } from "next-intl/server";
import { listUpcomingEventsOf } from "@/lib/event/queries";
import { Link } from "@/lib/i18n/navigation";
import { EventCard } from "./event-card";

/**
 * The upcoming events block of an organisation's or community's profile: drop it into the page
 * with the owner's id. An async server component that reads its own data; says so when there
 * is nothing coming up.
 */
export async function ProfileEvents({ owner, take = 5 }: { owner: { organizationId: string } | { communityId: string }; take?: number }) {
  const now = new Date();
  const [items, t, to] = await Promise.all([listUpcomingEventsOf(owner, now, take), getTranslations("events"), getTranslations("organization")]);
  return (
    <section aria-labelledby="profile-events">
      <h2 id="profile-events" className="mb-3 text-xl font-bold">{to("upcomingEvents")}</h2>
      {items.length === 0 ? (
        <p className="text-muted">{to("noEvents")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((event) => (
            <li key={event.id}>
              <EventCard event={event} now={now} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3"><Link href="/events">{t("allEvents")} →</Link></p>
    </section>
  );
}
