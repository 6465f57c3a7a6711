import { useTranslations } from "next-intl";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { Badge } from "@/components/ui/badge";
import type { CombatZone } from "@/generated/prisma/enums";

export interface CommunityStatusData {
  isOccupied: boolean;
  isPartlyOccupied: boolean;
  combatZone: CombatZone | null;
}

/** The labels that apply, most significant first; empty when none does. */
export function useCommunityStatusLabels(community: CommunityStatusData): string[] {
  const t = useTranslations("community");
  const label = useVocabulary();
  const labels: string[] = [];
  if (community.isOccupied) labels.push(t("occupied"));
  else if (community.isPartlyOccupied) labels.push(t("partlyOccupied"));
  if (community.combatZone) labels.push(label("combatZone", community.combatZone));
  return labels;
}

/** Compact form for lists: neutral badges, no alarm colours (a fact about a date, not a warning). */
export function CommunityStatusBadges({ community }: { community: CommunityStatusData }) {
  const labels = useCommunityStatusLabels(community);
  return labels.map((text) => (
    <Badge key={text} tone="note">
      {text}
    </Badge>
  ));
}

/** Full form for the profile: the status and where it comes from, or nothing. */
export function CommunityStatusNote({ community, headingId }: { community: CommunityStatusData; headingId: string }) {
  const t = useTranslations("community");
  const labels = useCommunityStatusLabels(community);
  if (labels.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-l-4 border-line border-l-note-line bg-note-soft p-4">
      <h2 id={headingId} className="text-base font-semibold text-note">
        {t("statusHeading")}
      </h2>
      <ul className="mt-1 list-disc pl-5 font-medium text-ink">
        {labels.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-note">{t("statusSource")}</p>
    </section>
  );
}
