import { getLocale, getTranslations } from "next-intl/server";
import { CodePicker } from "@/components/forms/code-picker";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { OrganizationKind, Sector } from "@/generated/prisma/enums";
import type { MatchFilters } from "@/lib/matching/filters";
import { Link } from "@/lib/i18n/navigation";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";

const select = "mt-1 block min-h-10 w-full rounded-md border border-line bg-surface px-2";

/** One closed list to narrow by, "—" for any. */
function Choice({
  label,
  name,
  className,
  value,
  options,
}: {
  label: string;
  name: string;
  className: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={value ?? ""} className={select}>
        <option value="">—</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form (works without JavaScript) that narrows a matches list. */
export async function MatchFiltersForm({ filters, action, showKind }: { filters: MatchFilters; action: string; showKind: boolean }) {
  const [t, label, locale] = await Promise.all([getTranslations("matching"), getVocabulary(), getLocale()]);
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6"
      aria-label={t("filters")}
    >
      <Choice
        label={t("sector")}
        name="sector"
        className="text-sm font-medium lg:col-span-2"
        value={filters.sector[0]}
        options={Object.values(Sector).map((s) => ({ value: s, label: label("sector", s) }))}
      />
      {showKind ? (
        <Choice
          label={t("kind")}
          name="kind"
          className="text-sm font-medium"
          value={filters.kind[0]}
          options={Object.values(OrganizationKind).map((k) => ({ value: k, label: label("organizationKind", k) }))}
        />
      ) : null}
      {showKind ? (
        <>
          <div className="text-sm">
            <CodePicker
              label={t("country")}
              name="country"
              options={countryOptions(locale)}
              multiple
              defaultValue={filters.country}
              codesHint="DE, PL"
            />
          </div>
          <div className="text-sm">
            <CodePicker
              label={t("language")}
              name="language"
              options={languageOptions(locale)}
              multiple
              defaultValue={filters.language}
              codesHint="uk, en"
            />
          </div>
        </>
      ) : null}
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="verified" value="1" defaultChecked={filters.verified} className="h-5 w-5" />
        {t("verifiedOnly")}
      </label>
      <div className="flex items-end gap-3 lg:col-span-6">
        <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong">
          {t("apply")}
        </button>
        <Link href={action}>{t("clear")}</Link>
      </div>
    </form>
  );
}
