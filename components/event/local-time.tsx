"use client";
// The event's time in the visitor's own zone. The server cannot know that zone, so this renders
// nothing on the server and in the first client render (no hydration mismatch), then fills in
// from the browser's Intl settings, and stays empty when the zones agree.
import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatEventRange, zoneLabel } from "./event-time";

const noop = () => () => {};

export function LocalEventTime({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const locale = useLocale();
  const t = useTranslations("events");
  const browserZone = useSyncExternalStore(
    noop,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  if (!browserZone) return null;
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const offset = (zone: string) => new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(start);
  if (browserZone === timeZone || offset(browserZone) === offset(timeZone)) return null;
  return (
    <p className="text-sm" data-testid="visitor-time">
      <span className="font-semibold">{t("yourTime", { zone: zoneLabel(start, browserZone, locale) })}:</span>{" "}
      <time dateTime={startsAt}>{formatEventRange(start, end, browserZone, locale)}</time>
    </p>
  );
}
