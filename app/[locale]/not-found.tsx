import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="max-w-2xl py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-muted">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
