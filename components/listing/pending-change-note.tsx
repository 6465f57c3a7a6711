import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/dates";

/** Tells the author their earlier edit still waits, so they do not think it was lost. */
export async function PendingChangeNote({ createdAt, locale }: { createdAt: Date; locale: string }) {
  const t = await getTranslations("pendingChange");
  const date = formatDateTime(createdAt, locale);
  return (
    <p role="status" className="mt-4 rounded-lg border border-note-line bg-note-soft p-3">
      {t("note", { date })}
    </p>
  );
}
