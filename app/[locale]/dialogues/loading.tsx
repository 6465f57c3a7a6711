import { useTranslations } from "next-intl";

/** While the dialogues are read: the heading at once, so the page does not jump when they arrive. */
export default function DialoguesLoading() {
  const t = useTranslations("dialogues");
  const tc = useTranslations("common");
  return (
    <div aria-busy="true">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-muted" role="status">
        {tc("loading")}
      </p>
    </div>
  );
}
