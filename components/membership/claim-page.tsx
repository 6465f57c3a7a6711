import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";
import { ClaimForm } from "./claim-form";

/** The body of both claim pages (organisation and community): sign in first, or the form, or
 *  what the person's existing request says. */
export async function ClaimPage({
  target,
  name,
  backHref,
  locale,
}: {
  target: { type: "ORGANIZATION" | "COMMUNITY"; id: string };
  name: string;
  backHref: string;
  locale: string;
}) {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations("claim")]);
  const existing = viewer?.memberships.find((m) => (target.type === "ORGANIZATION" ? m.organizationId : m.communityId) === target.id);
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={backHref}>← {name}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title", { name })}</h1>
      <p className="mt-2 text-lg text-muted">{t("lead")}</p>
      {!viewer ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">
          {t("signInFirst")}{" "}
          <Link href={`/sign-in?next=/${locale}${backHref}/claim`} className="font-semibold">
            →
          </Link>
        </p>
      ) : existing?.status === "VERIFIED" ? (
        <p className="mt-6">{t("verified")}</p>
      ) : existing?.status === "PENDING" ? (
        <p className="mt-6">{t("pending")}</p>
      ) : (
        <ClaimForm targetType={target.type} targetId={target.id} />
      )}
    </div>
  );
}
