"use client";
// An event's or a poll's time in the reader's own zone, beside the time in its own zone. The
// server cannot know the reader's zone, so this renders nothing on the server and in the first
// client render (no hydration mismatch), then fills in from the browser's Intl settings, and
// stays empty when the reader's clock shows the same time.
import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { clocksDiffer, formatDateTime, formatDateTimeRange } from "@/lib/i18n/dates";

const noop = () => () => {};

/** `at` alone is one moment (a poll's closing), with `endsAt` a span (an event). ISO strings: props cross to the client. */
export function ReaderTime({ at, endsAt, timeZone }: { at: string; endsAt?: string; timeZone: string }) {
  const locale = useLocale();
  const t = useTranslations("events");
  const readerZone = useSyncExternalStore(
    noop,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  if (!readerZone) return null;
  const start = new Date(at);
  if (!clocksDiffer(start, timeZone, readerZone)) return null;
  return (
    <span className="block text-sm" data-testid="visitor-time">
      <span className="font-semibold">{t("yourTime")}:</span>{" "}
      <time dateTime={at}>
        {endsAt ? formatDateTimeRange(start, new Date(endsAt), locale, readerZone) : formatDateTime(start, locale, readerZone)}
      </time>
    </span>
  );
}

/** The event's time in the reader's zone. */
export function LocalEventTime({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  return <ReaderTime at={startsAt} endsAt={endsAt} timeZone={timeZone} />;
}
