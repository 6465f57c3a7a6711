import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { NeedForm } from "@/components/need/need-form";
import { needChoices, openNeedWorkspace } from "@/components/need/need-workspace";
import { Link } from "@/lib/i18n/navigation";

export const generateMetadata = titleMetadata("need.newTitle", { index: false });

export default async function NewNeedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug, community } = await openNeedWorkspace(params, "/needs/new", "create");
  const [tNeed, tCommunity, label] = await Promise.all([getTranslations("need"), getTranslations("community"), getVocabulary()]);
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={`/communities/${slug}`}>← {communityTitle(community, locale, tCommunity).text}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{tNeed("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{tNeed("newLead")}</p>
      <NeedForm communityId={community.id} communitySlug={slug} locale={locale} {...needChoices(label)} />
    </div>
  );
}
