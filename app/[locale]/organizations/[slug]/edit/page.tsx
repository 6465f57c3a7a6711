import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { AidType, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { countryName, oblastName } from "@/lib/i18n/display-names";
import { languageOptions } from "@/lib/i18n/picker-options";
import { pickText } from "@/lib/i18n/localized-text";
import { localizedValues } from "@/lib/forms/fields";
import { countries, oblasts } from "@/lib/geo/places";
import { eurPerUnit } from "@/lib/money/eur";
import { minorToUnits } from "@/lib/money/minor";
import { getOrganizationForEdit } from "@/lib/organization/queries";
import { EditOrganizationForm } from "./_components/edit-form";

export const generateMetadata = titleMetadata("edit.title", { index: false, values: { name: "" } });

export default async function EditOrganizationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const { locale, viewer } = await openSignedInPage(params, `/organizations/${slug}/edit`);
  const org = await getOrganizationForEdit(slug);
  if (!org) notFound();
  const subject = { id: org.id, createdById: org.createdById };
  const direct = can(viewer, "update", "Organization", subject);
  // Not allowed to edit: answer as if there were nothing here, as for any non-public listing.
  if (!direct && !can(viewer, "suggest", "Organization", subject)) notFound();
  const [tEdit, label] = await Promise.all([getTranslations("edit"), getVocabulary()]);
  const units = (minor: bigint | null) => (minor === null ? "" : String(minorToUnits(minor)));
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  // The gazetteer's countries, Ukraine first; a code stored earlier but not in it stays offered.
  const countryCodes = [...new Set([...countries.map((c) => c.code), ...org.operatingCountries])];
  const countryOptions = countryCodes
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => (a.value === "UA" ? -1 : b.value === "UA" ? 1 : byLabel(a, b)));
  const currencies = [...new Set([...Object.keys(eurPerUnit), ...(org.budgetCurrency ? [org.budgetCurrency] : [])])];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{tEdit("title", { name: pickText(org.name, locale)?.text ?? slug })}</h1>
      <p className="mt-2 text-lg text-muted">{direct || org.status !== "PUBLISHED" ? tEdit("leadDirect") : tEdit("leadSuggest")}</p>
      <EditOrganizationForm
        organizationId={org.id}
        slug={org.slug}
        values={{
          ...localizedValues("name", org.name),
          ...localizedValues("mission", org.mission),
          ...localizedValues("description", org.description),
          website: org.website ?? "",
          email: org.email ?? "",
          languages: org.languages.join(", "),
          sectors: org.sectors,
          aidTypes: org.aidTypes,
          operatingCountries: org.operatingCountries,
          operatingOblasts: org.operatingOblasts,
          budgetMin: units(org.budgetMinMinor),
          budgetMax: units(org.budgetMaxMinor),
          budgetCurrency: org.budgetCurrency ?? "EUR",
          population: org.kind === OrganizationKind.FOREIGN_MUNICIPALITY ? String(org.population ?? "") : null,
        }}
        sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
        languages={languageOptions(locale)}
        offer={{
          aidTypes: Object.values(AidType).map((aid) => ({ value: aid, label: label("aidType", aid) })),
          countries: countryOptions,
          oblasts: oblasts.map((oblast) => ({ value: oblast.code, label: oblastName(oblast.code, null, locale).text })).sort(byLabel),
          currencies: currencies.map((code) => ({ value: code, label: code })),
        }}
      />
    </div>
  );
}
