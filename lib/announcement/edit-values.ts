// An announcement as its edit form posts it: the form's defaults, what a pending change is
// compared with, and what an approved change is merged into before it is validated again.
import { asLocalizedText } from "@/lib/i18n/localized-text";

export function announcementFormValues(announcement: { title: unknown; body: unknown; sectors: string[] }) {
  const title = asLocalizedText(announcement.title);
  const body = asLocalizedText(announcement.body);
  return {
    titleUk: title.uk ?? "",
    titleEn: title.en ?? "",
    bodyUk: body.uk ?? "",
    bodyEn: body.en ?? "",
    sectors: [...announcement.sectors],
  };
}

export const announcementValuesSelect = { title: true, body: true, sectors: true } as const;
