import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import type { MatchFilters } from "@/lib/matching/filters";
import { Link } from "@/lib/i18n/navigation";

/** A plain GET form (works without JavaScript) that narrows a matches list. */
export async function MatchFiltersForm({ filters, action, showKind }: { filters: MatchFilters; action: string; showKind: boolean }) {
  const [t, label] = await Promise.all([getTranslations("matching"), getVocabulary()]);
  const select = "mt-1 block min-h-10 w-full rounded-md border border-line bg-surface px-2";
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label={t("filters")}>
      <label className="text-sm font-medium lg:col-span-2">{t("sector")}
        <select name="sector" defaultValue={filters.sector[0] ?? ""} className={select}>
          <option value="">—</option>
          {Object.values(Sector).map((s) => <option key={s} value={s}>{label("sector", s)}</option>)}
        </select>
      </label>
      {showKind ? (
        <label className="text-sm font-medium">{t("kind")}
          <select name="kind" defaultValue={filters.kind[0] ?? ""} className={select}>
            <option value="">—</option>
            {Object.values(OrganizationKind).map((k) => <option key={k} value={k}>{label("organizationKind", k)}</option>)}
          </select>
        </label>
      ) : null}
      {showKind ? (
        <label className="text-sm font-medium">{t("country")}
          <input name="country" defaultValue={filters.country.join(",")} maxLength={20} className={select} />
        </label>
      ) : null}
      {showKind ? (
        <label className="text-sm font-medium">{t("language")}
          <input name="language" defaultValue={filters.language.join(",")} maxLength={20} className={select} />
        </label>
      ) : null}
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="verified" value="1" defaultChecked={filters.verified} className="h-5 w-5" />{t("verifiedOnly")}
      </label>
      <div className="flex items-end gap-3 lg:col-span-6">
        <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong">{t("apply")}</button>
        <Link href={action}>{t("clear")}</Link>
      </div>
    </form>
  );
}
