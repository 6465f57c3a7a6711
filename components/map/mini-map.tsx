"use client";
// A small map of one listing for profile pages: its *public* point only (pass publicLat and
// publicLng, never lat/lng), with the bundled outlines under the tiles. Leaflet loads lazily
// and only where this is used. Usage in a server page:
//   <MiniMap lat={org.publicLat} lng={org.publicLng} type="o" label={t("map.mapLabel")} mapHref={`/map?lat=…&lng=…&z=12`} linkLabel={…} />
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The sea's colour where the map will be, until Leaflet draws it. */
const Placeholder = () => <div className="h-full w-full bg-[#dfe8f1]" />;

const MiniMapLeaflet = dynamic(() => import("./mini-map-leaflet"), { ssr: false, loading: Placeholder });

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
  // Leaflet and the outlines start only when the map comes near the screen: on a phone it is
  // below the fold, and starting it with the page held the main thread for half a second.
  const frame = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = frame.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
      rootMargin: "200px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <figure className="space-y-2">
      <div ref={frame} className="h-56 overflow-hidden rounded-lg border border-line">
        {near ? <MiniMapLeaflet lat={lat} lng={lng} type={type} zoom={zoom} label={label} /> : <Placeholder />}
      </div>
      <figcaption>
        <Link href={`/map?lat=${lat}&lng=${lng}&z=${Math.max(zoom, 12)}`}>{linkLabel}</Link>
      </figcaption>
    </figure>
  );
}
