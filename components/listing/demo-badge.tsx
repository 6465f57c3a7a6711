import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Marks invented example content, so nobody mistakes it for a real listing. */
export function DemoBadge() {
  const t = useTranslations("common");
  return (
    <Badge tone="demo" title={t("demoExplanation")}>
      {t("demo")}
    </Badge>
  );
}
