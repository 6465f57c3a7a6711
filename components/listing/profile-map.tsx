import { getTranslations } from "next-intl/server";
import { MiniMap } from "@/components/map/mini-map";

/** The small map of a profile's fact box, labelled with the place it shows. */
export async function ProfileMap({ lat, lng, type, place }: { lat: number; lng: number; type: "c" | "o"; place: string }) {
  const tMap = await getTranslations("map");
  return <MiniMap lat={lat} lng={lng} type={type} label={tMap("profileMapLabel", { place })} linkLabel={tMap("openOnMap")} />;
}
