import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { NeedForm } from "@/components/need/need-form";
import { needChoices, openNeedWorkspace } from "@/components/need/need-workspace";
import { NeedStatus } from "@/generated/prisma/enums";
import { getNeedForEdit } from "@/lib/need/queries";
import { localizedValues } from "@/lib/forms/fields";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { minorToUnits } from "@/lib/money/minor";
import { NeedWithdrawal } from "./_components/need-withdrawal";

export const generateMetadata = titleMetadata("need.editTitle", { index: false });

export default async function EditNeedPage({ params }: { params: Promise<{ locale: string; slug: string; needSlug: string }> }) {
  const { needSlug } = await params;
  const { locale, slug, community } = await openNeedWorkspace(params, `/needs/${needSlug}/edit`, "update");
  const found = await getNeedForEdit(community.id, needSlug);
  if (!found) notFound();
  const { need, partnerships } = found;
  const [tNeed, tCommunity, label] = await Promise.all([getTranslations("need"), getTranslations("community"), getVocabulary()]);
  const shown = pickText(need.title, locale);
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={`/communities/${slug}`}>← {communityTitle(community, locale, tCommunity).text}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{tNeed("editTitle")}</h1>
      {shown ? (
        <p className="mt-1 text-xl" lang={shown.lang === locale ? undefined : shown.lang}>
          {shown.text}
        </p>
      ) : null}
      <p className="mt-2 text-lg text-muted">{tNeed("editLead")}</p>
      <NeedForm
        communityId={community.id}
        communitySlug={slug}
        locale={locale}
        {...needChoices(label)}
        values={{
          ...localizedValues("title", need.title),
          ...localizedValues("description", need.description),
          sector: need.sector,
          aidTypes: need.aidTypes,
          cost: need.costMinor !== null ? String(minorToUnits(need.costMinor)) : "",
          currency: need.currency ?? "EUR",
          urgency: need.urgency,
          deadline: need.deadline ? need.deadline.toISOString().slice(0, 10) : "",
          needStatus: need.needStatus,
          metByPartnershipId: need.metByPartnershipId ?? "",
        }}
        editing={{
          needId: need.id,
          // Withdrawing has its own form below (with a reason); the select keeps it only to show it.
          statuses: Object.values(NeedStatus)
            .filter((s) => s !== NeedStatus.WITHDRAWN || need.needStatus === NeedStatus.WITHDRAWN)
            .map((s) => ({ value: s, label: label("needStatus", s) })),
          partnerships: partnerships.map((p) => ({
            value: p.id,
            label: [
              pickText(p.organization.name, locale)?.text,
              pickText(p.title, locale)?.text ?? label("partnershipForm", p.form),
              label("partnershipStatus", p.partnershipStatus),
            ]
              .filter(Boolean)
              .join(" · "),
          })),
        }}
      />
      <NeedWithdrawal need={need} communitySlug={slug} />
    </div>
  );
}
