// Great-circle distance. Written here (eight lines) rather than installed: the one formula the
// "near me" list needs, with no package in the stack offering it (supercluster's kdbush has no
// nearest-neighbour search, and geokdbush is not in STACK.md).
const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG)
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Kilometres between two WGS84 points along the sphere. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
