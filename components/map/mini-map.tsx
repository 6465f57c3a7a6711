"use client";
// A small map of one listing for profile pages: its *public* point only (pass publicLat and
// publicLng, never lat/lng), with the bundled outlines under the tiles. Leaflet loads lazily
// and only where this is used. Usage in a server page:
//   <MiniMap lat={org.publicLat} lng={org.publicLng} type="o" label={t("map.mapLabel")} mapHref={`/map?lat=…&lng=…&z=12`} linkLabel={…} />
import dynamic from "next/dynamic";
import { Link } from "@/lib/i18n/navigation";

const MiniMapLeaflet = dynamic(() => import("./mini-map-leaflet"), {
  ssr: false,
  loading: () => <div className="h-full w-full bg-[#dfe8f1]" />,
});

export function MiniMap({
  lat,
  lng,
  type,
  label,
  linkLabel,
  zoom = 10,
}: {
  lat: number;
  lng: number;
  type: "o" | "c";
  /** Accessible name of the map, e.g. "Map: Berlin, Germany". */
  label: string;
  /** Text of the link that opens the full map here. */
  linkLabel: string;
  zoom?: number;
}) {
  return (
    <figure className="space-y-2">
      <div className="h-56 overflow-hidden rounded-lg border border-line">
        <MiniMapLeaflet lat={lat} lng={lng} type={type} zoom={zoom} label={label} />
      </div>
      <figcaption>
        <Link href={`/map?lat=${lat}&lng=${lng}&z=${Math.max(zoom, 12)}`}>{linkLabel}</Link>
      </figcaption>
    </figure>
  );
}
