import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { demoSignInEnabled } from "@/lib/auth/demo-sign-in";
import { mailStaysLocal } from "@/lib/email/send";
import { requireLocale } from "@/lib/i18n/locale-param";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("checkEmailTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations("auth");
  const showOutbox = mailStaysLocal() && (await demoSignInEnabled());
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("checkEmailTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("checkEmailLead")}</p>
      {showOutbox ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-3">
          {t("outboxHint")} <Link href="/outbox">{t("openOutbox")}</Link>
        </p>
      ) : null}
    </div>
  );
}
