import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { countryName, oblastName } from "@/lib/i18n/display-names";
import { formatterFor } from "@/components/i18n/format";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { ListTermRow, TermRow } from "@/components/listing/fact";
import { TermsSection } from "@/components/listing/profile-layout";
import { minorToUnits } from "@/lib/money/minor";
import type { OrganizationProfile } from "@/lib/organization/queries";

/** "€10,000 – €90,000", "from €10,000", "up to €90,000", or null when no budget is stated. */
function budgetText(
  org: { budgetMinMinor: bigint | null; budgetMaxMinor: bigint | null; budgetCurrency: string | null },
  money: (minor: bigint, currency: string) => string,
  t: (key: "budgetRange" | "budgetFrom" | "budgetUpTo", values: Record<string, string>) => string,
): string | null {
  const currency = org.budgetCurrency;
  if (!currency) return null;
  const { budgetMinMinor: min, budgetMaxMinor: max } = org;
  if (min !== null && max !== null)
    return min === max ? money(min, currency) : t("budgetRange", { min: money(min, currency), max: money(max, currency) });
  if (min !== null) return t("budgetFrom", { min: money(min, currency) });
  if (max !== null) return t("budgetUpTo", { max: money(max, currency) });
  return null;
}

/** What the organisation offers communities: aid, where it works, its budget; nothing when it states none. */
export async function OrganizationOffer({ organization, locale }: { organization: OrganizationProfile; locale: Locale }) {
  const [tOrganization, label] = await Promise.all([getTranslations("organization"), getVocabulary()]);
  const format = formatterFor(locale);
  const budget = budgetText(
    organization,
    (minor, currency) => format.number(minorToUnits(minor), { style: "currency", currency, maximumFractionDigits: 0 }),
    tOrganization,
  );
  const population = organization.kind === "FOREIGN_MUNICIPALITY" ? organization.population : null;
  const hasOffer =
    organization.aidTypes.length > 0 ||
    organization.operatingCountries.length > 0 ||
    organization.operatingOblasts.length > 0 ||
    budget !== null ||
    population !== null;
  if (!hasOffer) return null;
  return (
    <TermsSection id="offer" heading={tOrganization("offer")} listClassName="gap-y-2">
      <ListTermRow term={tOrganization("aidTypes")} values={organization.aidTypes.map((aid) => label("aidType", aid))} />
      <ListTermRow
        term={tOrganization("operatingCountries")}
        values={organization.operatingCountries.map((code) => countryName(code, locale))}
      />
      <ListTermRow
        term={tOrganization("operatingOblasts")}
        values={organization.operatingOblasts.map((code) => oblastName(code, null, locale).text).sort((a, b) => a.localeCompare(b, locale))}
      />
      {budget !== null && <TermRow term={tOrganization("budget")}>{budget}</TermRow>}
      {population !== null && <TermRow term={tOrganization("population")}>{format.number(population)}</TermRow>}
    </TermsSection>
  );
}
