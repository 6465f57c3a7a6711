import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityBySlug } from "@/lib/community/queries";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { eurPerUnit } from "@/lib/money/eur";
import { NeedForm } from "./_components/need-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "need" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewNeedPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = requireLocale(raw);
  setRequestLocale(locale);
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/communities/${slug}/needs/new`);
  const community = await getCommunityBySlug(slug);
  if (!community || !can(viewer, "create", "Need", { communityId: community.id })) notFound();
  const [t, tc, label] = await Promise.all([getTranslations("need"), getTranslations("community"), getVocabulary()]);
  const name = communityTitle(community, locale, tc).text;
  return (
    <div className="mx-auto max-w-2xl">
      <p><Link href={`/communities/${slug}`}>← {name}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      <NeedForm
        communityId={community.id}
        communitySlug={slug}
        locale={locale}
        sectors={Object.values(Sector).map((s) => ({ value: s, label: label("sector", s) }))}
        aidTypes={Object.values(AidType).map((a) => ({ value: a, label: label("aidType", a) }))}
        urgencies={Object.values(Urgency).map((u) => ({ value: u, label: label("urgency", u) }))}
        currencies={Object.keys(eurPerUnit).map((c) => ({ value: c, label: c }))}
      />
    </div>
  );
}
