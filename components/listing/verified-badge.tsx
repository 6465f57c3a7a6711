import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function VerifiedBadge() {
  const t = useTranslations("common");
  return (
    <Badge tone="ok" title={t("verifiedExplanation")}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2.2">
        <path d="M3 8.5l3.2 3L13 4.5" />
      </svg>
      {t("verified")}
    </Badge>
  );
}
