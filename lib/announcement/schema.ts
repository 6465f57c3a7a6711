// What an organisation representative or community official may write in an announcement,
// validated once (FormData via zod-form-data) for the create and edit actions. The body is
// Markdown kept as typed: it is made safe when rendered (components/announcement/markdown.tsx
// drops raw HTML), not by rewriting what the author wrote. Error messages are keys under
// `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { localizedTexts, pageLocale, recordKey, requireLocalizedText } from "@/lib/forms/fields";
import { ownerField } from "@/lib/listing/owner";
import { Sector } from "@/generated/prisma/enums";

export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;

const sectorValues = new Set<string>(Object.values(Sector));

export const announcementFormSchema = zfd
  .formData({
    ...localizedTexts("title", TITLE_MAX),
    ...localizedTexts("body", BODY_MAX),
    // Checked on the list as a whole so the error is reported on "sectors" itself (a per-item
    // error would sit at sectors.0, which the action's flattened errors leave out).
    sectors: zfd.repeatable(
      z
        .array(z.string())
        .max(20, { error: "tooLong" })
        .refine((list) => list.every((value) => sectorValues.has(value)), { error: "invalid" })
        .transform((list) => [...new Set(list)] as Sector[]),
    ),
  })
  .superRefine((value, ctx) => {
    // One language is enough; a title typed in any must not be a stub.
    requireLocalizedText(ctx, value, "title", TITLE_MIN);
    requireLocalizedText(ctx, value, "body");
  });

export type AnnouncementForm = z.output<typeof announcementFormSchema>;

/** A new announcement names its owner; `locale` is the page to land on afterwards. */
export const announcementCreateSchema = announcementFormSchema.and(zfd.formData({ owner: ownerField, locale: pageLocale }));

/** An edit names the announcement, and its slug for the pages to refresh. */
export const announcementUpdateSchema = announcementFormSchema.and(zfd.formData({ announcementId: recordKey, slug: recordKey }));
