import { useLocale } from "next-intl";
import { venuePlaceLine } from "@/lib/i18n/place-line";

/** "Берлін, Німеччина" / "Berlin, Germany": each place once, in the reader's language. */
export function OrganizationPlace({ city, country }: { city: string; country: string }) {
  const locale = useLocale();
  return <>{venuePlaceLine({ city, country }, locale)}</>;
}
