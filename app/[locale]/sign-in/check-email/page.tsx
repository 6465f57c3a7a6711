import { getTranslations } from "next-intl/server";
import { openPage, titleMetadata } from "@/components/layout/page";
import { demoSignInEnabled } from "@/lib/auth/demo-sign-in";
import { mailStaysLocal } from "@/lib/email/send";
import { Link } from "@/lib/i18n/navigation";

export const generateMetadata = titleMetadata("auth.checkEmailTitle", { index: false });

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  await openPage(params);
  const tAuth = await getTranslations("auth");
  const showOutbox = mailStaysLocal() && (await demoSignInEnabled());
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">{tAuth("checkEmailTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{tAuth("checkEmailLead")}</p>
      {showOutbox ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-3">
          {tAuth("outboxHint")} <Link href="/outbox">{tAuth("openOutbox")}</Link>
        </p>
      ) : null}
    </div>
  );
}
