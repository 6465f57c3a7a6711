// GET /api/v1/places?q=leip&country=DE&locale=uk — towns of the gazetteer whose names fit the
// text, for the place search of the registration and event forms (components/forms/place-fields.tsx):
// at most 10, each with its name in `locale`, its country and its centre point. Under the API's
// per-address budget like every /api/v1 read; the gazetteer is public, so CORS is open too.
import type { NextRequest } from "next/server";
import { searchPlaces } from "@/lib/geo/place-search";
import { apiGet, jsonResponse } from "@/lib/api/respond";
import { isCountryCode } from "@/lib/i18n/iso-codes";
import { cleanText } from "@/lib/query-string/parsers";

export { OPTIONS } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = apiGet(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const country = params.get("country")?.trim().toUpperCase();
  const data = searchPlaces(cleanText(params.get("q") ?? ""), {
    locale: params.get("locale") === "uk" ? "uk" : "en",
    country: country && isCountryCode(country) ? country : undefined,
  });
  return jsonResponse(request, { data });
});
