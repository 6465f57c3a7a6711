// A need as an official writes it, validated once for the form's server action.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { eurPerUnit } from "@/lib/money/eur";

const text = (max: number) => zfd.text(z.string().trim().max(max, { error: "tooLong" }).optional());

export const needSchema = zfd
  .formData({
    communityId: zfd.text(z.string().min(1)),
    titleUk: text(200),
    titleEn: text(200),
    descriptionUk: text(4000),
    descriptionEn: text(4000),
    sector: zfd.text(z.enum(Sector, { error: "required" })),
    aidTypes: zfd.repeatable(z.array(z.enum(AidType)).max(5)),
    cost: zfd.numeric(z.number({ error: "invalid" }).nonnegative({ error: "invalid" }).max(1e10, { error: "invalid" }).optional()),
    currency: zfd.text(z.enum(Object.keys(eurPerUnit) as [string, ...string[]]).default("EUR")),
    urgency: zfd.text(z.enum(Urgency).default(Urgency.MEDIUM)),
    deadline: zfd.text(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid" }).optional()),
  })
  .superRefine((value, ctx) => {
    if ((value.titleUk ?? "").length < 3 && (value.titleEn ?? "").length < 3) ctx.addIssue({ code: "custom", path: ["titleUk"], message: "required" });
  });

export type NeedInput = z.infer<typeof needSchema>;
