import { useLocale, useTranslations } from "next-intl";
import { useAppFormatter } from "@/components/i18n/format";
import { Localized } from "@/components/i18n/localized";
import { LocalizedParagraphs } from "@/components/i18n/localized-paragraphs";
import { useVocabulary } from "@/components/i18n/vocabulary";
import { DemoBadge } from "@/components/listing/demo-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AidType, NeedStatus, Sector, Urgency } from "@/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/i18n/dates";
import { NeedProgressLine } from "@/components/recovery/need-progress";
import type { NeedProgress } from "@/lib/recovery/queries";

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
  /** Set when the need was made from a residents' priorities round (lib/priorities). */
  priorityIdeaId?: string | null;
  /** The public partnership that addresses it (in progress or met through it), when there is one. */
  partnerships?: { partnership: { slug: string; title: unknown } }[];
}

/** Open needs read as the default; the later steps of a need's life stand out. */
const statusTone: Record<NeedStatus, BadgeTone> = { OPEN: "neutral", IN_PROGRESS: "note", MET: "ok", WITHDRAWN: "neutral" };

/** Money is stored in integer minor units; the currency says how many of them make one unit. */
function fromMinorUnits(minor: bigint, currency: string): number {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return Number(minor) / 10 ** digits;
}

/** One need of a community: what, its status, sector, aid sought, approximate cost, urgency, deadline, and the partnership that addresses it. */
export function NeedItem({ need, headingLevel = 3, progress }: { need: NeedItemData; headingLevel?: 2 | 3; progress?: NeedProgress }) {
  const t = useTranslations("need");
  const tNeeds = useTranslations("needs");
  const partnership = need.partnerships?.[0]?.partnership;
  const label = useVocabulary();
  const format = useAppFormatter();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="min-w-0 rounded-lg border border-line bg-surface p-4 [overflow-wrap:anywhere]">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="min-w-0 text-lg leading-snug font-semibold">
          <Localized value={need.title} />
        </Heading>
        <p className="flex flex-wrap gap-2">
          <Badge tone={statusTone[need.needStatus]}>
            <span className="sr-only">{tNeeds("status")}: </span>
            {label("needStatus", need.needStatus)}
          </Badge>
          <Badge tone="brand">{label("sector", need.sector)}</Badge>
          {need.priorityIdeaId ? (
            <Badge tone="ok" title={t("residentsPriorityHint")}>
              {t("residentsPriority")}
            </Badge>
          ) : null}
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
              <time dateTime={need.deadline.toISOString().slice(0, 10)}>{formatDate(need.deadline, locale)}</time>
            </dd>
          </>
        )}
        {partnership && need.needStatus !== "OPEN" && (
          <>
            <dt className="font-semibold">{tNeeds("partnership")}</dt>
            <dd>
              <Link href={`/partnerships/${partnership.slug}`}>
                <Localized value={partnership.title} />
              </Link>
            </dd>
          </>
        )}
      </dl>
      {progress ? (
        <NeedProgressLine
          progress={progress}
          cost={need.costMinor !== null && need.currency ? { minor: need.costMinor, currency: need.currency } : null}
        />
      ) : null}
    </article>
  );
}
