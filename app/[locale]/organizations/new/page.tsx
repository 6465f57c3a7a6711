import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { openPage, titleMetadata } from "@/components/layout/page";
import { LocationPrecision, OrganizationKind, Sector } from "@/generated/prisma/enums";
import { getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";
import { RegisterOrganizationForm } from "./_components/register-form";

export const generateMetadata = titleMetadata("register.title");

export default async function RegisterOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await openPage(params);
  const [viewer, tRegister, tPrecision, label] = await Promise.all([
    getViewer(),
    getTranslations("register"),
    getTranslations("register.precisionOptions"),
    getVocabulary(),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{tRegister("title")}</h1>
      <p className="mt-2 text-lg text-muted">{tRegister("lead")}</p>
      {!viewer ? (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">
          {tRegister("signInFirst")}{" "}
          <Link href={`/sign-in?next=/${locale}/organizations/new`} className="font-semibold">
            →
          </Link>
        </p>
      ) : (
        <RegisterOrganizationForm
          locale={locale}
          kinds={Object.values(OrganizationKind).map((kind) => ({ value: kind, label: label("organizationKind", kind) }))}
          sectors={Object.values(Sector).map((sector) => ({ value: sector, label: label("sector", sector) }))}
          precisions={Object.values(LocationPrecision).map((p) => ({ value: p, label: tPrecision(p) }))}
          countries={countryOptions(locale)}
          languages={languageOptions(locale)}
        />
      )}
    </div>
  );
}
