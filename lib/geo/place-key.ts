// The key two spellings of a name meet at. Its own module (re-exported by ./places.ts) so the
// browser's pickers can match typed text without loading the gazetteer.

export interface LatLng {
  lat: number;
  lng: number;
}

/** Case-, accent- and punctuation-insensitive key, so "Kraków", "krakow" and "KRAKOW " meet. */
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[’'ʼ`]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
