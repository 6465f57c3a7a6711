"use client";
// Where exactly: a small map with a pin the person places (./pin-map-leaflet.tsx, loaded only
// where a form shows it), its point in words, and a button to take the pin away again.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { LatLng } from "@/lib/geo/place-key";

const PinMapLeaflet = dynamic(() => import("./pin-map-leaflet"), {
  ssr: false,
  loading: () => <div className="h-56 rounded-lg border border-line bg-[#dfe8f1] sm:h-64" />,
});

export function PinMap({
  pin,
  view,
  onPin,
  error,
}: {
  pin: LatLng | null;
  view: { center: LatLng; zoom: number };
  onPin: (point: LatLng | null) => void;
  error?: string;
}) {
  const t = useTranslations("pickers");
  return (
    <div>
      <p className="text-sm text-muted">{t("mapHint")}</p>
      <div className="mt-1">
        <PinMapLeaflet pin={pin} view={view} onPin={onPin} label={t("mapLabel")} centreLabel={t("pinCentre")} />
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm" aria-live="polite">
        <span>{pin ? t("pinAt", { lat: String(pin.lat), lng: String(pin.lng) }) : t("noPin")}</span>
        {pin ? (
          <button type="button" onClick={() => onPin(null)} className="min-h-11 font-medium text-brand underline">
            {t("removePin")}
          </button>
        ) : null}
      </p>
      {error ? <p className="mt-1 text-sm text-danger">{error}</p> : null}
    </div>
  );
}
