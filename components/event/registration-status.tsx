import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/components/i18n/format";

/** "Registration closes in 3 days" or "Registration closed", relative to the render time. */
export function RegistrationStatus({ deadline, now }: { deadline: Date; now: Date }) {
  const t = useTranslations("events");
  const format = useAppFormatter();
  if (deadline.getTime() <= now.getTime()) return <span className="font-semibold text-note">{t("registrationClosed")}</span>;
  const relative = format.relativeTime(deadline, { now, unit: deadline.getTime() - now.getTime() < 86_400_000 ? "hour" : "day" });
  return <span className="font-semibold text-ok">{t("registrationClosesIn", { relative })}</span>;
}
