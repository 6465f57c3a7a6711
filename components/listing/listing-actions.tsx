import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";

/**
 * The foot of a public profile: edit (for those allowed), "is this yours?" (ask to represent it)
 * and "report this listing". Signed-out visitors see the claim and report links too; the pages
 * behind them ask them to sign in.
 */
export async function ListingActions({ type, id, slug }: { type: "organization" | "community"; id: string; slug: string }) {
  const [viewer, t, te] = await Promise.all([getViewer(), getTranslations("claim"), getTranslations("account")]);
  const tr = await getTranslations("report");
  const base = type === "organization" ? `/organizations/${slug}` : `/communities/${slug}`;
  const membership = viewer?.memberships.find((m) => (type === "organization" ? m.organizationId : m.communityId) === id);
  const mayEdit =
    type === "organization"
      ? viewer && (can(viewer, "update", "Organization", { id }) || can(viewer, "suggest", "Organization", { id }))
      : can(viewer, "update", "Community", { id });
  return (
    <aside className="mt-10 flex flex-wrap items-center gap-x-6 gap-y-2 border-t border-line pt-4 text-sm">
      {mayEdit ? (
        <Link href={`${base}/edit`} className="font-semibold">
          {te("edit")}
        </Link>
      ) : null}
      {!membership ? (
        <p>
          {type === "community" ? t("isThisYours") : t("isThisYoursOrg")} <Link href={`${base}/claim`}>{t("claimLink")}</Link>
        </p>
      ) : membership.status === "PENDING" ? (
        <p>{t("pending")}</p>
      ) : null}
      <Link href={{ pathname: "/report", query: { type, slug } }} className="text-muted">
        {tr("link")}
      </Link>
    </aside>
  );
}
