// A claim as a signed-in person sends it: which listing they ask to represent, in what role
// (their title) and the evidence a moderator decides on. Error messages are keys under
// `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { httpUrl, optionalText, recordKey } from "@/lib/forms/fields";

export const claimSchema = zfd
  .formData({
    targetType: zfd.text(z.enum(["ORGANIZATION", "COMMUNITY"])),
    targetId: recordKey,
    title: zfd.text(z.string({ error: "required" }).trim().min(2, { error: "tooShort" }).max(200, { error: "tooLong" })),
    evidenceEmail: zfd.text(z.string().trim().toLowerCase().email({ error: "invalidEmail" }).max(200).optional()),
    evidenceUrl: httpUrl,
    evidenceNote: optionalText(2000),
  })
  .transform(({ targetType, targetId, ...claim }) => ({ target: { type: targetType, id: targetId }, ...claim }));

export type ClaimInput = z.infer<typeof claimSchema>;
