"use client";
// Where a listing is: its country (a picker, ./code-picker.tsx), its city (typed, with the towns
// of the gazetteer offered as one types, GET /api/v1/places), and, where the form takes one, a
// pin on a small map (./pin-map.tsx) posted as hidden lat and lng. Picking a town fills in its
// country and puts the pin at its centre. Without JavaScript the city is a plain text input, the
// country a <select>, and the server places the listing at the city's centre (lib/geo/places.ts).
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { PlaceHit } from "@/lib/geo/place-search";
import type { LatLng } from "@/lib/geo/place-key";
import type { PickerOption } from "@/lib/i18n/option-search";
import { CodePicker } from "./code-picker";
import { Combobox } from "./combobox";
import { useErrorText } from "./field";
import { PinMap } from "./pin-map";

/** Europe, where most listings are, until a place is picked. */
const START_VIEW = { center: { lat: 50, lng: 14 }, zoom: 3 };
const TOWN_ZOOM = 11;

/** The gazetteer's towns that fit the text, asked for a moment after the typing stops. */
function usePlaceHits(text: string, country: string | undefined, locale: string): { hits: PlaceHit[]; loading: boolean } {
  const [answer, setAnswer] = useState<{ key: string; hits: PlaceHit[] }>({ key: "", hits: [] });
  const query = text.trim();
  const key = query ? new URLSearchParams({ q: query, locale, ...(country ? { country } : {}) }).toString() : "";
  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/places?${key}`, { signal: abort.signal })
        .then((response) => (response.ok ? response.json() : { data: [] }))
        .then((body: { data: PlaceHit[] }) => setAnswer({ key, hits: body.data }))
        // Offline or refused: the city stays a typed name, which the server places itself.
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key]);
  return key ? { hits: answer.key === key ? answer.hits : [], loading: answer.key !== key } : { hits: [], loading: false };
}

export function PlaceFields({
  countries,
  country,
  city,
  pin,
}: {
  countries: readonly PickerOption[];
  country: { label: string; name: string; defaultValue?: string; error?: string; allowEmpty?: boolean };
  city: { label: string; name: string; defaultValue?: string; error?: string };
  /** Offered where the form takes coordinates (the organisation's registration). */
  pin?: { lat?: number; lng?: number; error?: string };
}) {
  const t = useTranslations("pickers");
  const locale = useLocale();
  const cityId = useId();
  const errorText = useErrorText();
  const [countryCode, setCountryCode] = useState(country.defaultValue ?? "");
  const [cityText, setCityText] = useState(city.defaultValue ?? "");
  const [point, setPoint] = useState<LatLng | null>(
    pin?.lat !== undefined && pin.lng !== undefined ? { lat: pin.lat, lng: pin.lng } : null,
  );
  const [view, setView] = useState(point ? { center: point, zoom: TOWN_ZOOM } : START_VIEW);
  const { hits, loading } = usePlaceHits(cityText, countryCode || undefined, locale);
  const cityError = errorText(city.error);

  const pickTown = (hit: PlaceHit) => {
    setCityText(hit.name);
    setCountryCode(hit.country);
    const centre = { lat: hit.lat, lng: hit.lng };
    setPoint(centre);
    setView({ center: centre, zoom: TOWN_ZOOM });
  };

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <CodePicker
          label={country.label}
          name={country.name}
          options={countries}
          defaultValue={country.defaultValue}
          value={countryCode ? [countryCode] : []}
          onChange={(codes) => setCountryCode(codes[0] ?? "")}
          error={country.error}
          allowEmpty={country.allowEmpty}
        />
        <div>
          <label htmlFor={cityId} className="block font-medium">
            {city.label}
          </label>
          <p id={`${cityId}-hint`} className="text-sm text-muted">
            {t(pin ? "placeHint" : "cityHint")}
          </p>
          <div className="mt-1">
            <Combobox
              id={cityId}
              text={cityText}
              onTextChange={setCityText}
              items={hits.map((hit) => ({ key: hit.id, label: hit.name, detail: hit.countryName }))}
              onPick={(item) => {
                const hit = hits.find((candidate) => candidate.id === item.key);
                if (hit) pickTown(hit);
              }}
              emptyText={loading ? t("placeLoading") : t("noMatch")}
              statusText={loading ? t("placeLoading") : t("results", { count: hits.length })}
              inputProps={{
                name: city.name,
                maxLength: 120,
                "aria-invalid": cityError ? true : undefined,
                "aria-describedby": [`${cityId}-hint`, cityError ? `${cityId}-error` : ""].filter(Boolean).join(" "),
              }}
            />
          </div>
          {cityError ? (
            <p id={`${cityId}-error`} className="mt-1 text-sm text-danger">
              {cityError}
            </p>
          ) : null}
        </div>
      </div>
      {pin ? (
        <>
          <input type="hidden" name="lat" value={point?.lat ?? ""} />
          <input type="hidden" name="lng" value={point?.lng ?? ""} />
          <PinMap pin={point} view={view} onPin={setPoint} error={errorText(pin.error)} />
        </>
      ) : null}
    </div>
  );
}
