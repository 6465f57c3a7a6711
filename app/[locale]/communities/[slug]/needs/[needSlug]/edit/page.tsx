import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { AidType, NeedStatus, Sector, Urgency } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityBySlug } from "@/lib/community/queries";
import { getNeedForEdit } from "@/lib/need/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { asLocalizedText, pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { eurPerUnit } from "@/lib/money/eur";
import { NeedForm } from "../../new/_components/need-form";

type Props = { params: Promise<{ locale: string; slug: string; needSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "need" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditNeedPage({ params }: Props) {
  const { locale: raw, slug, needSlug } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/communities/${slug}/needs/${needSlug}/edit`);
  const community = await getCommunityBySlug(slug);
  // Not found and not allowed look the same: the page confirms nothing to someone who may not edit.
  if (!community || !can(viewer, "update", "Need", { communityId: community.id })) notFound();
  const found = await getNeedForEdit(community.id, needSlug);
  if (!found) notFound();
  const { need, partnerships } = found;
  const [t, tc, label] = await Promise.all([getTranslations("need"), getTranslations("community"), getVocabulary()]);
  const name = communityTitle(community, locale, tc).text;
  const title = asLocalizedText(need.title);
  const description = asLocalizedText(need.description);
  const shown = pickText(need.title, locale);
  return (
    <div className="mx-auto max-w-2xl">
      <p><Link href={`/communities/${slug}`}>← {name}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      {shown ? <p className="mt-1 text-xl" lang={shown.lang === locale ? undefined : shown.lang}>{shown.text}</p> : null}
      <p className="mt-2 text-lg text-muted">{t("editLead")}</p>
      <NeedForm
        communityId={community.id}
        communitySlug={slug}
        locale={locale}
        sectors={Object.values(Sector).map((s) => ({ value: s, label: label("sector", s) }))}
        aidTypes={Object.values(AidType).map((a) => ({ value: a, label: label("aidType", a) }))}
        urgencies={Object.values(Urgency).map((u) => ({ value: u, label: label("urgency", u) }))}
        currencies={Object.keys(eurPerUnit).map((c) => ({ value: c, label: c }))}
        values={{
          titleUk: title.uk ?? "", titleEn: title.en ?? "", descriptionUk: description.uk ?? "", descriptionEn: description.en ?? "",
          sector: need.sector, aidTypes: need.aidTypes,
          // Stored in hundredths, as lib/need/mutations.ts writes it.
          cost: need.costMinor !== null ? String(Number(need.costMinor) / 100) : "",
          currency: need.currency ?? "EUR", urgency: need.urgency,
          deadline: need.deadline ? need.deadline.toISOString().slice(0, 10) : "",
          needStatus: need.needStatus, metByPartnershipId: need.metByPartnershipId ?? "",
        }}
        editing={{
          needId: need.id,
          statuses: Object.values(NeedStatus).map((s) => ({ value: s, label: label("needStatus", s) })),
          partnerships: partnerships.map((p) => ({
            value: p.id,
            label: [pickText(p.organization.name, locale)?.text, pickText(p.title, locale)?.text ?? label("partnershipForm", p.form), label("partnershipStatus", p.partnershipStatus)]
              .filter(Boolean)
              .join(" · "),
          })),
        }}
      />
    </div>
  );
}
