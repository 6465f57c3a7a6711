import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { ListingBadges } from "@/components/listing/profile-layout";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationKind } from "@/generated/prisma/enums";
import { OrganizationPlace } from "./organization-place";

export interface OrganizationCardData {
  slug: string;
  kind: OrganizationKind;
  name: unknown;
  city: string;
  country: string;
  isVerified: boolean;
  isDemo: boolean;
}

/** One organisation in a list: name (links to the profile), kind, place, badges. */
export function OrganizationCard({ organization, headingLevel = 2 }: { organization: OrganizationCardData; headingLevel?: 2 | 3 }) {
  const label = useVocabulary();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-4 focus-within:border-brand hover:border-brand">
      <Heading className="text-lg leading-snug font-semibold">
        {/* The stretched ::after makes the whole card clickable while the link text stays the name. */}
        <Link
          href={`/organizations/${organization.slug}`}
          className="no-underline after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          <Localized value={organization.name} />
        </Link>
      </Heading>
      <p className="text-sm text-muted">{label("organizationKind", organization.kind)}</p>
      <p className="text-sm">
        <OrganizationPlace city={organization.city} country={organization.country} />
      </p>
      <ListingBadges listing={organization} className="relative z-10 mt-auto flex flex-wrap gap-2 pt-1" />
    </article>
  );
}
