import { useLocale, useTranslations } from "next-intl";
import { Localized } from "@/components/i18n/localized";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { Badge } from "@/components/ui/badge";
import type { PartnershipForm, PartnershipStatus, Sector } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { PartnershipBadges, PartnershipSides, partnershipName, type PartnershipSidesData } from "./partnership-sides";
import { formatDate } from "@/lib/i18n/dates";

export interface PartnershipCardData extends PartnershipSidesData {
  slug: string;
  title: unknown;
  form: PartnershipForm;
  partnershipStatus: PartnershipStatus;
  startDate: Date | null;
  endDate: Date | null;
  isDemo: boolean;
  sectors: Sector[];
  needs: { need: { slug: string; title: unknown } }[];
}

/** One partnership in the directory: title (linked to its page), both sides, form, status, dates, needs. */
export function PartnershipCard({ partnership, now }: { partnership: PartnershipCardData; now: Date }) {
  const t = useTranslations("partnerships");
  const locale = useLocale();
  const label = useVocabulary();
  const date = (value: Date) => formatDate(value, locale);
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <PartnershipBadges partnership={partnership} />
      <h3 className="mt-2 text-lg leading-snug font-semibold">
        <Link href={`/partnerships/${partnership.slug}`}>
          <Localized value={partnership.title} fallback={partnershipName(partnership, locale)} />
        </Link>
      </h3>
      <p className="mt-1">
        <PartnershipSides partnership={partnership} />
      </p>
      {partnership.startDate && (
        <p className="mt-1 text-sm text-muted">
          {t("started", { date: date(partnership.startDate) })}
          {partnership.endDate && (
            <> · {t(partnership.endDate.getTime() < now.getTime() ? "ended" : "ends", { date: date(partnership.endDate) })}</>
          )}
        </p>
      )}
      {partnership.needs.length > 0 && (
        <p className="mt-2 text-sm">
          {t("needs")}:{" "}
          {partnership.needs.map((link, index) => (
            <span key={link.need.slug}>
              {index > 0 && "; "}
              <Localized value={link.need.title} />
            </span>
          ))}
        </p>
      )}
      {partnership.sectors.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("sectors")}>
          {partnership.sectors.map((sector) => (
            <li key={sector}>
              <Badge>{label("sector", sector)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
