// /{locale}/communities/{slug}/priorities/new — a verified official of the community opens a
// priorities round. Not found and not allowed look the same: the page confirms nothing.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { titleMetadata, openSignedInPage } from "@/components/layout/page";
import { RoundForm } from "@/components/priorities/round-form";
import { can } from "@/lib/auth/policy";
import { getCommunityBySlug } from "@/lib/community/queries";
import { utcToZonedLocal } from "@/lib/event/zoned-time";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_POINTS } from "@/lib/priorities/schema";
import { localizedValues } from "@/lib/forms/fields";

export const generateMetadata = titleMetadata("prioritiesForm.newTitle", { index: false });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DEFAULT_ZONE = "Europe/Kyiv";

export default async function NewRoundPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const { locale, viewer } = await openSignedInPage(params, `/communities/${slug}/priorities/new`);
  const community = await getCommunityBySlug(slug);
  if (!community || !can(viewer, "create", "PriorityRound", { communityId: community.id })) notFound();
  const [t, tCommunity] = await Promise.all([getTranslations("prioritiesForm"), getTranslations("community")]);
  // A sensible start that people then adjust: ideas for two weeks from the next full hour, then a week of ranking.
  const opens = new Date(Math.ceil(new Date().getTime() / HOUR) * HOUR);
  const local = (at: Date) => utcToZonedLocal(at, DEFAULT_ZONE);
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={`/communities/${slug}/priorities`}>← {communityTitle(community, locale, tCommunity).text}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      <RoundForm
        community={{ id: community.id, slug }}
        locale={locale}
        values={{
          ...localizedValues("question", null),
          ...localizedValues("description", null),
          points: String(DEFAULT_POINTS),
          timeZone: DEFAULT_ZONE,
          opensLocal: local(opens),
          ideasCloseLocal: local(new Date(opens.getTime() + 14 * DAY)),
          closesLocal: local(new Date(opens.getTime() + 21 * DAY)),
        }}
      />
    </div>
  );
}
