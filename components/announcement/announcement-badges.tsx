import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { Sector } from "@/generated/prisma/enums";

/** The announcement's sectors, and "Demo" for example content. */
export function AnnouncementBadges({
  announcement,
  className = "flex flex-wrap gap-2",
}: {
  announcement: { sectors: Sector[]; isDemo: boolean };
  className?: string;
}) {
  const label = useVocabulary();
  return (
    <p className={className}>
      {announcement.sectors.map((sector) => (
        <Badge key={sector} tone="brand">
          {label("sector", sector)}
        </Badge>
      ))}
      {announcement.isDemo && <DemoBadge />}
    </p>
  );
}
