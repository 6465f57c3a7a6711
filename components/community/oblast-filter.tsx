import { useLocale, useTranslations } from "next-intl";
import { collatorFor } from "@/lib/i18n/collate";
import { oblasts } from "@/lib/geo/places";
import { Link } from "@/lib/i18n/navigation";

/**
 * Filter by oblast as a plain GET form: works without JavaScript, and the result is a URL
 * (…/communities?oblast=UA46000000000026241) that can be shared. Changing the filter starts
 * again at page 1 because the form sends only the oblast.
 */
export function OblastFilter({ selected }: { selected: string | null }) {
  const locale = useLocale();
  const t = useTranslations("community");
  const collator = collatorFor(locale);
  const options = oblasts
    .map((oblast) => ({ code: oblast.code, name: locale === "uk" ? oblast.uk : oblast.en }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <form method="get" action={`/${locale}/communities`} role="search" aria-label={t("filterHeading")} className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="oblast-filter" className="text-sm font-semibold">
          {t("oblastFilter")}
        </label>
        <select
          id="oblast-filter"
          name="oblast"
          defaultValue={selected ?? ""}
          className="min-h-11 w-72 max-w-full rounded-md border border-muted bg-surface px-3 text-ink"
        >
          <option value="">{t("allOblasts")}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md bg-brand px-5 font-semibold text-white hover:bg-brand-strong">
        {t("applyFilter")}
      </button>
      {selected && (
        <Link href="/communities" className="inline-flex min-h-11 items-center px-1">
          {t("clearFilter")}
        </Link>
      )}
    </form>
  );
}
