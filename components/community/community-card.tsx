import { useTranslations } from "next-intl";
import { DemoBadge } from "@/components/listing/demo-badge";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { Badge } from "@/components/ui/badge";
import type { CombatZone } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { CommunityPlace } from "./community-place";
import { CommunityStatusBadges } from "./community-status";
import { CommunityTitle, type CommunityNameData } from "./community-title";

export interface CommunityCardData extends CommunityNameData {
  slug: string;
  oblastName: unknown;
  raionName: unknown;
  population: number | null;
  isOccupied: boolean;
  isPartlyOccupied: boolean;
  combatZone: CombatZone | null;
  hasProfile: boolean;
  isVerified: boolean;
  isDemo: boolean;
}

/** One community in a list: name (links to the page; it says the type), raion and oblast, population, status. */
export function CommunityCard({
  community,
  headingLevel = 2,
  terms,
}: {
  community: CommunityCardData;
  headingLevel?: 2 | 3;
  /** Search words to mark in the title. */
  terms?: readonly string[];
}) {
  const t = useTranslations("community");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-4 focus-within:border-brand hover:border-brand">
      <Heading className="text-lg leading-snug font-semibold">
        <Link
          href={`/communities/${community.slug}`}
          className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          <CommunityTitle community={community} terms={terms} />
        </Link>
      </Heading>
      <p className="text-sm">
        <CommunityPlace community={community} />
      </p>
      <p className="text-sm">
        {community.population !== null ? (
          <>
            {t("populationValue", { count: community.population })} <span className="text-muted">{t("populationDate")}</span>
          </>
        ) : (
          <span className="text-muted">
            {t("population")}: {t("populationUnknown")}
          </span>
        )}
      </p>
      <p className="relative z-10 mt-auto flex flex-wrap gap-2 pt-1 empty:hidden">
        <CommunityStatusBadges community={community} />
        {community.hasProfile && <Badge tone="brand">{t("hasProfile")}</Badge>}
        {community.isVerified && <VerifiedBadge />}
        {community.isDemo && <DemoBadge />}
      </p>
    </article>
  );
}
