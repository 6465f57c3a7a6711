"use client";
// A cluster's name, as the marker (its accessible name and tooltip) and the list of what is in
// view both say it: "Berlin and around, 330", "Berlin, 12" when all of it is there, or the
// count alone when its listings name no place (lib/map/cluster-place.ts chooses the place).
import { useTranslations } from "next-intl";
import type { ClusterPropertiesOut } from "@/lib/map/types";

export function useClusterLabel(): (cluster: ClusterPropertiesOut) => string {
  const t = useTranslations("map");
  return ({ n, o, m, w }) =>
    m ? t(w ? "clusterNameAll" : "clusterName", { place: m, count: n }) : t("groupItem", { count: n, organizations: o });
}
