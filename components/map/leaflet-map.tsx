"use client";
// The Leaflet map itself. Loaded only on the map pages, through next/dynamic with ssr:false
// (components/map/map-explorer.tsx), so Leaflet never reaches other pages' JavaScript.
// Markers: CircleMarker for organisations and small HTML icons for communities and clusters,
// so Leaflet's default marker images are never requested.
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { CircleMarker, MapContainer, Marker, Polyline, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useVocabulary, type VocabularyValue } from "@/components/i18n/vocabulary";
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, type MapView } from "@/lib/map/filters";
import type { MapFeature, PartnershipLine, PointProperties } from "@/lib/map/types";
import type { BBox } from "@/lib/map/viewport";
import { BasemapPane } from "./basemap-pane";
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
function clusterIcon(count: number, organizations: number, stack: boolean): L.DivIcon {
  const share = Math.round((organizations / count) * 20) * 5; // 5 % steps keep the icon cache small
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
  const key = `${count}|${share}|${stack}`;
  let icon = clusterIcons.get(key);
  if (!icon) {
    const label = count >= 10000 ? `${Math.round(count / 1000)}k` : String(count);
    icon = L.divIcon({
      // A stack (listings at one place, split by no zoom) opens a list instead of zooming.
      className: stack ? "atlas-cluster atlas-stack" : "atlas-cluster",
      iconSize: [size, size],
      html: `<span style="background:conic-gradient(${ORGANIZATION_COLOUR} 0 ${share}%, ${COMMUNITY_COLOUR} ${share}% 100%)" data-count="${count}"><b>${label}</b></span>`,
    });
    clusterIcons.set(key, icon);
  }
  return icon;
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
  return features.map((feature) => {
    const [lng, lat] = feature.geometry.coordinates;
    if ("id" in feature) {
      const { n, o, x } = feature.properties;
      return (
        <Marker
          key={`c${feature.id}`}
          position={[lat, lng]}
          icon={clusterIcon(n, o, x > MAP_MAX_ZOOM)}
          keyboard={false}
          eventHandlers={{
            click: () => (x > MAP_MAX_ZOOM ? onOpenStack({ id: feature.id, count: n, lat, lng }) : map.setView([lat, lng], x)),
          }}
        />
      );
    }
    const key = `${feature.properties.t}${feature.properties.s}`;
    const popup = (
      <Popup>
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
  return (
    <Popup position={[stack.lat, stack.lng]} eventHandlers={{ remove: onCloseStack }} maxHeight={280}>
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
        <Popup>
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
      className="atlas-map h-full w-full"
    >
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={MAP_MAX_ZOOM} />}
      <BasemapPane />
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
