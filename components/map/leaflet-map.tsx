"use client";
// The Leaflet map itself. Loaded only on the map pages, through next/dynamic with ssr:false
// (components/map/map-explorer.tsx), so Leaflet never reaches other pages' JavaScript.
// Markers: CircleMarker for organisations and small HTML icons for communities and clusters,
// so Leaflet's default marker images are never requested.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useEffect, useMemo, useState } from "react";
import L from "leaflet";
import { CircleMarker, MapContainer, Marker, Polyline, Popup, ScaleControl, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useVocabulary, type VocabularyValue } from "@/components/i18n/vocabulary";
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, type MapView } from "@/lib/map/filters";
import type { MapFeature, PartnershipLine, PointProperties } from "@/lib/map/types";
import type { BBox } from "@/lib/map/viewport";
import { BasemapPane } from "./basemap-pane";
import { useClusterLabel } from "./cluster-label";
import { escapeHtml } from "./escape-html";
import { tileLayerConfig } from "@/lib/map/tile-config";

export interface ViewChange {
  bbox: BBox;
  zoom: number;
  lat: number;
  lng: number;
}

export interface Stack {
  id: number;
  count: number;
  lat: number;
  lng: number;
  items: { properties: PointProperties }[];
  more: boolean;
}

export interface LeafletMapProps {
  view: MapView;
  features: MapFeature[];
  lines: PartnershipLine[] | null;
  here: { lat: number; lng: number } | null;
  /** Set to move the map (a new object each time). */
  flyTo: (MapView & { key: number }) | null;
  stack: Stack | null;
  label: string;
  onViewChange(view: ViewChange): void;
  onOpenStack(cluster: { id: number; count: number; lat: number; lng: number }): void;
  onMoreStack(): void;
  onCloseStack(): void;
}

export const ORGANIZATION_COLOUR = "#0b4f9c";
export const COMMUNITY_COLOUR = "#f2b705";
export const lineColours: Record<string, { color: string; dashArray?: string }> = {
  ACTIVE: { color: "#1d7a3a" },
  COMPLETED: { color: "#5b6b80" },
  PROPOSED: { color: "#b35c00", dashArray: "6 6" },
  DECLINED: { color: "#b3261e", dashArray: "2 6" },
};

const clusterIcons = new Map<string, L.DivIcon>();
/**
 * `name` ("Berlin and around, 330") is the marker's accessible name, in a visually hidden div
 * (a div: map.css draws every span of a cluster as its disc); the number is what shows.
 */
function clusterIcon(count: number, organizations: number, stack: boolean, name: string): L.DivIcon {
  const share = Math.round((organizations / count) * 20) * 5; // 5 % steps keep the icon cache small
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
  const key = `${count}|${share}|${stack}|${name}`;
  let icon = clusterIcons.get(key);
  if (!icon) {
    if (clusterIcons.size > 1000) clusterIcons.clear();
    const label = count >= 10000 ? `${Math.round(count / 1000)}k` : String(count);
    icon = L.divIcon({
      // A stack (listings at one place, split by no zoom) opens a list instead of zooming.
      className: stack ? "atlas-cluster atlas-stack" : "atlas-cluster",
      iconSize: [size, size],
      html:
        `<span style="background:conic-gradient(${ORGANIZATION_COLOUR} 0 ${share}%, ${COMMUNITY_COLOUR} ${share}% 100%)" data-count="${count}" aria-hidden="true"><b>${label}</b></span>` +
        `<div class="sr-only">${escapeHtml(name)}</div>`,
    });
    clusterIcons.set(key, icon);
  }
  return icon;
}

/**
 * Popups stay inside the map: panned into view with a margin, never wider than the map less
 * that margin (a 360 px phone), a stack's list never taller than the map.
 */
const POPUP_MARGIN = 16;
function usePopupFit(): { autoPan: true; keepInView: true; autoPanPadding: [number, number]; maxWidth: number; maxHeight: number } {
  const map = useMap();
  const [size, setSize] = useState(() => map.getSize());
  useMapEvents({ resize: () => setSize(map.getSize()) });
  return {
    autoPan: true,
    keepInView: true,
    autoPanPadding: [POPUP_MARGIN, POPUP_MARGIN],
    // Leaflet adds ~50 px around the content (padding, close button, tip).
    maxWidth: Math.max(160, Math.min(320, size.x - 2 * POPUP_MARGIN - 40)),
    maxHeight: Math.max(160, Math.min(360, size.y - 2 * POPUP_MARGIN - 60)),
  };
}

const communityIcon = L.divIcon({ className: "atlas-community", iconSize: [16, 16] });
const bboxOf = (map: L.Map): ViewChange => {
  const bounds = map.getBounds();
  const centre = map.getCenter();
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom: Math.round(map.getZoom()),
    lat: centre.lat,
    lng: centre.lng,
  };
};

function ViewEvents({ onViewChange, flyTo, label }: Pick<LeafletMapProps, "onViewChange" | "flyTo" | "label">) {
  const map = useMapEvents({ moveend: () => onViewChange(bboxOf(map)) });
  useEffect(() => {
    // Name the focusable map for screen readers; Tab moves on past it (Leaflet never traps focus).
    map.getContainer().setAttribute("aria-label", label);
    map.getContainer().setAttribute("role", "region");
    onViewChange(bboxOf(map));
    // Once, on mount: later views come from moveend.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    if (flyTo) map.setView([flyTo.lat, flyTo.lng], flyTo.zoom);
  }, [flyTo, map]);
  return null;
}

function PointPopup({ properties }: { properties: PointProperties }) {
  const t = useTranslations("map");
  const label = useVocabulary();
  const isOrganization = properties.t === "o";
  return (
    <div className="atlas-popup space-y-1">
      <p className="m-0 text-xs font-semibold uppercase tracking-wide text-muted">
        {isOrganization
          ? label("organizationKind", properties.k as VocabularyValue<"organizationKind">)
          : `${t("community")} · ${label("communityType", properties.k as VocabularyValue<"communityType">)}`}
      </p>
      <p className="m-0 text-base font-semibold">
        <Link href={isOrganization ? `/organizations/${properties.s}` : `/communities/${properties.s}`}>{properties.n}</Link>
      </p>
      {properties.p && <p className="m-0 text-sm">{properties.p}</p>}
      {properties.e.length > 0 && (
        <p className="m-0 text-sm text-muted">
          {properties.e.map((sector) => label("sector", sector as VocabularyValue<"sector">)).join(" · ")}
        </p>
      )}
    </div>
  );
}

function Features({ features, onOpenStack }: Pick<LeafletMapProps, "features" | "onOpenStack">) {
  const map = useMap();
  const clusterLabel = useClusterLabel();
  const fit = usePopupFit();
  return features.map((feature) => {
    const [lng, lat] = feature.geometry.coordinates;
    if ("id" in feature) {
      const { n, o, x } = feature.properties;
      const name = clusterLabel(feature.properties);
      // A stack opens its list; a group zooms to where it splits (supercluster's expansion zoom),
      // one smooth flight rather than a jump.
      const open = () =>
        x > MAP_MAX_ZOOM ? onOpenStack({ id: feature.id, count: n, lat, lng }) : map.flyTo([lat, lng], x, { duration: 0.5 });
      return (
        <Marker
          key={`c${feature.id}`}
          position={[lat, lng]}
          icon={clusterIcon(n, o, x > MAP_MAX_ZOOM, name)}
          title={name}
          eventHandlers={{
            click: open,
            keypress: (event) => {
              const key = (event.originalEvent as KeyboardEvent).key;
              if (key === "Enter" || key === " ") open();
            },
          }}
        />
      );
    }
    const key = `${feature.properties.t}${feature.properties.s}`;
    const popup = (
      <Popup {...fit}>
        <PointPopup properties={feature.properties} />
      </Popup>
    );
    return feature.properties.t === "o" ? (
      <CircleMarker
        key={key}
        center={[lat, lng]}
        radius={7}
        className="atlas-organization"
        pathOptions={{ color: "#ffffff", weight: 2, fillColor: ORGANIZATION_COLOUR, fillOpacity: 1 }}
      >
        {popup}
      </CircleMarker>
    ) : (
      <Marker key={key} position={[lat, lng]} icon={communityIcon} keyboard={false}>
        {popup}
      </Marker>
    );
  });
}

function StackPopup({ stack, onMoreStack, onCloseStack }: Pick<LeafletMapProps, "onMoreStack" | "onCloseStack"> & { stack: Stack }) {
  const t = useTranslations("map");
  const fit = usePopupFit();
  // react-leaflet closes and reopens a map-level popup whenever `position` is a new array. A new
  // array on every render (each moveend loads points, which renders the map again) reopened the
  // list after each of its own auto-pans: a popup that never stood still.
  const position = useMemo<[number, number]>(() => [stack.lat, stack.lng], [stack.lat, stack.lng]);
  return (
    <Popup position={position} eventHandlers={{ remove: onCloseStack }} {...fit}>
      <p className="m-0 font-semibold">{t("stackHeading", { count: stack.count })}</p>
      <ul className="m-0 mt-2 list-none space-y-2 p-0">
        {stack.items.map((item) => (
          <li key={`${item.properties.t}${item.properties.s}`}>
            <PointPopup properties={item.properties} />
          </li>
        ))}
      </ul>
      {stack.more && (
        <button type="button" className="mt-2 rounded border border-line px-2 py-1" onClick={onMoreStack}>
          {t("more")}
        </button>
      )}
    </Popup>
  );
}

function Lines({ lines }: { lines: PartnershipLine[] }) {
  const t = useTranslations("map");
  const label = useVocabulary();
  const fit = usePopupFit();
  return lines.map((line, i) => {
    const [[lng1, lat1], [lng2, lat2]] = line.geometry.coordinates;
    const p = line.properties;
    const style = lineColours[p.status] ?? lineColours.ACTIVE!;
    return (
      <Polyline
        key={i}
        positions={[
          [lat1, lng1],
          [lat2, lng2],
        ]}
        className="atlas-partnership"
        pathOptions={{ ...style, weight: 3, opacity: 0.85 }}
      >
        <Popup {...fit}>
          <p className="m-0 text-xs font-semibold uppercase tracking-wide text-muted">{t("partnership")}</p>
          <p className="m-0">
            <Link href={`/communities/${p.communitySlug}`}>{p.community}</Link> ↔{" "}
            <Link href={`/organizations/${p.organizationSlug}`}>{p.organization}</Link>
          </p>
          <p className="m-0 text-sm">
            {t("partnershipForm", { form: label("partnershipForm", p.form as VocabularyValue<"partnershipForm">) })}
          </p>
          <p className="m-0 text-sm">
            {t("partnershipStatus", { status: label("partnershipStatus", p.status as VocabularyValue<"partnershipStatus">) })}
          </p>
        </Popup>
      </Polyline>
    );
  });
}

export default function LeafletMap(props: LeafletMapProps) {
  const tiles = useMemo(() => tileLayerConfig(), []);
  const t = useTranslations("map");
  // MapContainer reads center and zoom once, at mount; later moves go through flyTo.
  return (
    <MapContainer
      center={[props.view.lat, props.view.lng]}
      zoom={props.view.zoom}
      minZoom={MAP_MIN_ZOOM}
      maxZoom={MAP_MAX_ZOOM}
      worldCopyJump
      // Smooth zoom: the wheel moves by fractions of a level (a notch of 100 px is ¾ of one),
      // where Leaflet's whole levels made one notch 2 levels and a fast wheel a jump of 6. The
      // +/- buttons and keys keep a whole level a press.
      zoomSnap={0.25}
      zoomDelta={1}
      wheelPxPerZoomLevel={120}
      wheelDebounceTime={60}
      className="atlas-map h-full w-full"
    >
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={MAP_MAX_ZOOM} />}
      <BasemapPane />
      {/* Distances stay readable when only outlines and a few names are drawn. Top right: at
          the bottom it would meet the attribution on a 360 px phone. */}
      <ScaleControl position="topright" imperial={false} />
      <ViewEvents onViewChange={props.onViewChange} flyTo={props.flyTo} label={props.label} />
      {props.lines && <Lines lines={props.lines} />}
      <Features features={props.features} onOpenStack={props.onOpenStack} />
      {props.here && (
        <CircleMarker
          center={[props.here.lat, props.here.lng]}
          radius={9}
          pathOptions={{ color: "#b3261e", weight: 3, fillColor: "#ffffff", fillOpacity: 1 }}
        >
          <Popup>{t("youAreHere")}</Popup>
        </CircleMarker>
      )}
      {props.stack && <StackPopup stack={props.stack} onMoreStack={props.onMoreStack} onCloseStack={props.onCloseStack} />}
    </MapContainer>
  );
}
