import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { VerifiedBadge } from "@/components/listing/verified-badge";
import { OrganizationPlace } from "@/components/organization/organization-place";
import { LocalizedHighlight } from "@/components/search/localized-highlight";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationHit as Hit } from "@/lib/search/queries";

/** One search result: the name with the matched words marked, kind, place, sectors, badges. */
export function OrganizationHit({ hit, terms }: { hit: Hit; terms: readonly string[] }) {
  const label = useVocabulary();
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-4 focus-within:border-brand hover:border-brand">
      <h2 className="text-lg leading-snug font-semibold">
        <Link href={`/organizations/${hit.slug}`} className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline">
          <LocalizedHighlight value={hit.name} terms={terms} />
        </Link>
      </h2>
      <p className="text-sm text-muted">{label("organizationKind", hit.kind)}</p>
      {hit.country && hit.city && (
        <p className="text-sm">
          <OrganizationPlace city={hit.city} country={hit.country} />
        </p>
      )}
      {hit.sectors.length > 0 && <p className="text-sm text-muted">{hit.sectors.map((sector) => label("sector", sector)).join(" · ")}</p>}
      {(hit.isVerified || hit.isDemo) && (
        <p className="relative z-10 mt-auto flex flex-wrap gap-2 pt-1">
          {hit.isVerified && <VerifiedBadge />}
          {hit.isDemo && <DemoBadge />}
        </p>
      )}
    </article>
  );
}
