// What an admin or moderator posts about a person's platform account: their role, and blocking
// it (the person is told why, so a reason is required). Error messages are keys under
// `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { UserRole } from "@/generated/prisma/enums";
import { recordKey } from "@/lib/forms/fields";

export const roleChangeSchema = zfd.formData({ userId: recordKey, role: zfd.text(z.enum(UserRole)) });

export const blockSchema = zfd
  .formData({
    userId: recordKey,
    decision: zfd.text(z.enum(["block", "unblock"])),
    reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" })),
  })
  .transform(({ decision, ...rest }) => ({ ...rest, block: decision === "block" }));
