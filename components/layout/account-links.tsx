import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";

const linkClass = "flex min-h-11 items-center rounded-md px-3 font-medium no-underline text-ink hover:bg-brand-soft hover:text-brand-strong";

/** Sign in, or the signed-in person's account (and moderation, for moderators). */
export async function AccountLinks({ layout }: { layout: "row" | "column" }) {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations("auth")]);
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1 border-t border-line pt-2"}>
      {viewer && can(viewer, "moderate", "ModerationQueue") ? (
        <li><Link href="/admin" className={linkClass}>{t("admin")}</Link></li>
      ) : null}
      <li>
        {viewer ? <Link href="/account" className={linkClass}>{t("account")}</Link> : <Link href="/sign-in" className={linkClass}>{t("signIn")}</Link>}
      </li>
    </ul>
  );
}
