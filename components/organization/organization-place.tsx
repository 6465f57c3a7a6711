import { useLocale } from "next-intl";
import { cityName, countryName } from "@/lib/i18n/display-names";

/** "Берлін, Німеччина" / "Berlin, Germany". */
export function OrganizationPlace({ city, country }: { city: string; country: string }) {
  const locale = useLocale();
  return (
    <>
      {cityName(country, city, locale)}, {countryName(country, locale)}
    </>
  );
}
