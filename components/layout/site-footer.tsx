import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-16 border-t border-line bg-surface print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-muted sm:px-6 md:grid-cols-2">
        <div>
          <p className="font-semibold text-ink">{t("about")}</p>
          <p className="mt-3">{t("demoNote")}</p>
        </div>
        <div>
          <h2 className="font-semibold text-ink">{t("dataHeading")}</h2>
          <p className="mt-2">{t("communityData")}</p>
          <p className="mt-2">{t("statusData")}</p>
          <ul className="mt-2">
            <li>
              <Link href="/stats" className="inline-block py-2">
                {t("statsLink")}
              </Link>
            </li>
            <li>
              <Link href="/data" className="inline-block py-2">
                {t("dictionaryLink")}
              </Link>
            </li>
            <li>
              <Link href="/api" className="inline-block py-2">
                {t("apiLink")}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
