// The fields every import form sends (lib/organization/schema.ts, lib/community/schema.ts): the
// file, and on confirm the hash its preview showed. Pure zod, so client code may import it.
import { z } from "zod";
import { zfd } from "zod-form-data";

/** The largest file the import page takes (next.config.ts lets server actions receive it). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importFileFields = {
  // Optional here so that "no file" is the mutation's answer, after the policy has been asked.
  file: zfd.file(
    z
      .instanceof(File)
      .refine((file) => file.size <= MAX_IMPORT_BYTES, { error: "fileTooLarge" })
      .optional(),
  ),
  /** Set by the confirm button: the hash the preview showed; without it the import is a preview. */
  previewedHash: zfd.text(
    z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  ),
};
