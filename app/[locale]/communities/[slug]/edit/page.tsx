import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { CooperationGoal, OrganizationKind } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { communityFormValues } from "@/lib/community/edit-values";
import { getCommunityForEdit } from "@/lib/community/queries";
import { Link } from "@/lib/i18n/navigation";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";
import { CommunityForm } from "./_components/community-form";
import { OfficialFacts } from "./_components/official-facts";

export const generateMetadata = titleMetadata("community.editProfile", { index: false });

export default async function EditCommunityPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const { locale, viewer } = await openSignedInPage(params, `/communities/${slug}/edit`);
  const community = await getCommunityForEdit(slug);
  // Not found and not allowed look the same: the page confirms nothing to someone who may not edit.
  if (!community || !can(viewer, "update", "Community", { id: community.id })) notFound();
  const [tCommunityForm, tCommunity, label] = await Promise.all([
    getTranslations("communityForm"),
    getTranslations("community"),
    getVocabulary(),
  ]);

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href={`/communities/${community.slug}`}>← {tCommunityForm("backToProfile")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {tCommunityForm("title", { name: communityTitle(community, locale, tCommunity).text })}
      </h1>
      <p className="mt-2 text-lg text-muted">{tCommunityForm("lead")}</p>

      <OfficialFacts community={community} locale={locale} />

      <CommunityForm
        communityId={community.id}
        slug={community.slug}
        goals={Object.values(CooperationGoal).map((goal) => ({ value: goal, label: label("cooperationGoal", goal) }))}
        kinds={Object.values(OrganizationKind).map((kind) => ({ value: kind, label: label("organizationKind", kind) }))}
        values={communityFormValues(community)}
        countries={countryOptions(locale)}
        languages={languageOptions(locale)}
      />
    </div>
  );
}
