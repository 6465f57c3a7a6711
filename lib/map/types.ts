// Shapes the map API sends, shared by the server modules and the map's client components.
export type { ClusterPropertiesOut, MapFeature, MapFeatureCollection, NearbyListing, PointProperties } from "./cluster-index";

export interface PartnershipLine {
  type: "Feature";
  geometry: { type: "LineString"; coordinates: [[number, number], [number, number]] };
  properties: { status: string; form: string; community: string; communitySlug: string; organization: string; organizationSlug: string };
}
