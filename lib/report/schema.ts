// The report form: which listing, why, and what the reader saw.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { ReportReason, TargetType } from "@/generated/prisma/enums";

export const reportSchema = zfd.formData({
  targetType: zfd.text(z.enum(TargetType)),
  targetId: zfd.text(z.string().min(1).max(40)),
  reason: zfd.text(z.enum(ReportReason, { error: "required" })),
  details: zfd.text(z.string().trim().max(2000, { error: "tooLong" }).optional()),
});
