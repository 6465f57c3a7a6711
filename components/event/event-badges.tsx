import { useTranslations } from "next-intl";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { EventType } from "@/generated/prisma/enums";

/** The event's type, "Online" when it is, and "Demo" for example content. */
export function EventBadges({
  event,
  className = "flex flex-wrap gap-2",
}: {
  event: { type: EventType; isOnline: boolean; isDemo: boolean };
  className?: string;
}) {
  const t = useTranslations("events");
  const label = useVocabulary();
  return (
    <p className={className}>
      <Badge tone="brand">{label("eventType", event.type)}</Badge>
      {event.isOnline && <Badge>{t("online")}</Badge>}
      {event.isDemo && <DemoBadge />}
    </p>
  );
}
