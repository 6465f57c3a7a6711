import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { LocationPrecision, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";
import { RegisterOrganizationForm } from "./_components/register-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "register" });
  return { title: t("title") };
}

export default async function RegisterOrganizationPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const [viewer, t, label] = await Promise.all([getViewer(), getTranslations("register"), getVocabulary()]);
  const tp = await getTranslations("register.precisionOptions");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      {!viewer ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">
          {t("signInFirst")} <Link href={`/sign-in?next=/${locale}/organizations/new`} className="font-semibold">→</Link>
        </p>
      ) : (
        <RegisterOrganizationForm
          locale={locale}
          kinds={Object.values(OrganizationKind).map((kind) => ({ value: kind, label: label("organizationKind", kind) }))}
          sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
          precisions={Object.values(LocationPrecision).map((p) => ({ value: p, label: tp(p) }))}
        />
      )}
    </div>
  );
}
