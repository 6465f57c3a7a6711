import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge } from "@/components/ui/badge";
import type { AidType, NeedStatus, Sector, Urgency } from "@/generated/prisma/enums";

export interface NeedItemData {
  title: unknown;
  description: unknown;
  sector: Sector;
  aidTypes: AidType[];
  costMinor: bigint | null;
  currency: string | null;
  urgency: Urgency;
  needStatus: NeedStatus;
  deadline: Date | null;
  isDemo: boolean;
}

/** Money is stored in integer minor units; the currency says how many of them make one unit. */
function fromMinorUnits(minor: bigint, currency: string): number {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Number(minor) / 10 ** digits;
}

/** One need of a community: what, sector, aid sought, approximate cost, urgency, deadline. */
export function NeedItem({ need, headingLevel = 3 }: { need: NeedItemData; headingLevel?: 2 | 3 }) {
  const t = useTranslations("need");
  const label = useVocabulary();
  const format = useAppFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="text-lg leading-snug font-semibold">
          <Localized value={need.title} />
        </Heading>
        <p className="flex flex-wrap gap-2">
          <Badge tone="brand">{label("sector", need.sector)}</Badge>
          {need.isDemo && <DemoBadge />}
        </p>
      </div>
      <LocalizedParagraphs value={need.description} className="mt-2 text-muted" />
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {need.aidTypes.length > 0 && (
          <>
            <dt className="font-semibold">{t("aidTypes")}</dt>
            <dd>{need.aidTypes.map((aid) => label("aidType", aid)).join(", ")}</dd>
          </>
        )}
        {need.costMinor !== null && need.currency && (
          <>
            <dt className="font-semibold">{t("cost")}</dt>
            <dd>
              ≈&nbsp;
              {format.number(fromMinorUnits(need.costMinor, need.currency), {
                style: "currency",
                currency: need.currency,
                maximumFractionDigits: 0,
              })}
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("urgency")}</dt>
        <dd>{label("urgency", need.urgency)}</dd>
        {need.deadline && (
          <>
            <dt className="font-semibold">{t("deadline")}</dt>
            <dd>
              <time dateTime={need.deadline.toISOString().slice(0, 10)}>{format.dateTime(need.deadline, { dateStyle: "long" })}</time>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
