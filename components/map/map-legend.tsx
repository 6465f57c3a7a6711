"use client";
// The map's legend: marker shapes and colours (organisations and communities differ in both,
// so the legend does not rely on colour alone), clusters, and partnership lines by status.
import { useTranslations } from "next-intl";
import { useVocabulary } from "@/components/i18n/vocabulary";

const lineStyles = [
  { status: "ACTIVE", colour: "#1d7a3a", dash: "" },
  { status: "COMPLETED", colour: "#5b6b80", dash: "" },
  { status: "PROPOSED", colour: "#b35c00", dash: "6 6" },
] as const;

export function MapLegend({ lines }: { lines: boolean }) {
  const t = useTranslations("map");
  const label = useVocabulary();
  return (
    <section aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="text-lg font-semibold">
        {t("legend")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        <li className="flex items-center gap-2">
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="7" fill="#0b4f9c" stroke="#fff" strokeWidth="2" />
          </svg>
          {t("legendOrganization")}
        </li>
        <li className="flex items-center gap-2">
          <svg width="18" height="18" aria-hidden="true">
            <rect x="4" y="4" width="10" height="10" fill="#f2b705" stroke="#5c4400" strokeWidth="2" transform="rotate(45 9 9)" />
          </svg>
          {t("legendCommunity")}
        </li>
        <li className="flex items-center gap-2">
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="8" fill="#f2b705" />
            <path d="M9 1 A8 8 0 0 1 9 17 Z" fill="#0b4f9c" />
            <circle cx="9" cy="9" r="5" fill="#fff" />
          </svg>
          {t("legendCluster")}
        </li>
        {lines && (
          <li>
            {t("legendLines")}
            <ul className="mt-1 space-y-1">
              {lineStyles.map((style) => (
                <li key={style.status} className="flex items-center gap-2">
                  <svg width="28" height="8" aria-hidden="true">
                    <line x1="0" y1="4" x2="28" y2="4" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
                  </svg>
                  {label("partnershipStatus", style.status)}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
}
