import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-muted sm:px-6 md:grid-cols-2">
        <div>
          <p className="font-semibold text-ink">{t("about")}</p>
          <p className="mt-3">{t("demoNote")}</p>
        </div>
        <div>
          <h2 className="font-semibold text-ink">{t("dataHeading")}</h2>
          <p className="mt-2">{t("communityData")}</p>
          <p className="mt-2">{t("statusData")}</p>
        </div>
      </div>
    </footer>
  );
}
