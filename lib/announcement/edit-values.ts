// An announcement as its edit form posts it: the form's defaults, what a pending change is
// compared with, and what an approved change is merged into before it is validated again.
import { localizedValues } from "@/lib/forms/fields";

export function announcementFormValues(announcement: { title: unknown; body: unknown; sectors: string[] }) {
  return {
    ...localizedValues("title", announcement.title),
    ...localizedValues("body", announcement.body),
    sectors: [...announcement.sectors],
  };
}

export const announcementValuesSelect = { title: true, body: true, sectors: true } as const;
