// What a person may write about an organisation, validated once: the register and edit forms'
// server actions parse with these schemas (FormData via zod-form-data), mutations trust the
// result. Error messages are keys under `forms.errors` in messages/*.json.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { LocationPrecision, OrganizationKind, Sector } from "@/generated/prisma/enums";

const text = (max: number) => zfd.text(z.string().trim().max(max, { error: "tooLong" }).optional());
const url = zfd.text(z.string().trim().max(300, { error: "tooLong" }).url({ error: "invalidUrl" }).refine((v) => /^https?:\/\//.test(v), { error: "invalidUrl" }).optional());
const email = zfd.text(z.string().trim().toLowerCase().max(200, { error: "tooLong" }).email({ error: "invalidEmail" }).optional());
const languages = zfd.text(
  z
    .string()
    .optional()
    .transform((value) => [...new Set((value ?? "").toLowerCase().split(/[\s,;]+/).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[a-z]{2}$/, { error: "invalid" })).max(20, { error: "tooLong" })),
);
const sectors = zfd.repeatable(z.array(z.enum(Sector, { error: "invalid" })).max(20));

/** The fields an edit may change; also the allow-list a ChangeRequest is applied through. */
export const organizationEditSchema = zfd
  .formData({
    nameUk: text(200),
    nameEn: text(200),
    missionUk: text(2000),
    missionEn: text(2000),
    descriptionUk: text(8000),
    descriptionEn: text(8000),
    website: url,
    email,
    sectors,
    languages,
  })
  .superRefine((value, ctx) => {
    // A listing needs a name people can read in at least one language, 2 characters or more.
    if ((value.nameUk ?? "").length < 2 && (value.nameEn ?? "").length < 2) {
      ctx.addIssue({ code: "custom", path: ["nameUk"], message: "required" });
    }
  });

export type OrganizationEdit = z.infer<typeof organizationEditSchema>;

export const organizationRegistrationSchema = zfd
  .formData({
    kind: zfd.text(z.enum(OrganizationKind, { error: "required" })),
    nameUk: text(200),
    nameEn: text(200),
    missionUk: text(2000),
    missionEn: text(2000),
    country: zfd.text(z.string({ error: "required" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "invalid" })),
    city: zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" })),
    precision: zfd.text(z.enum(LocationPrecision).default(LocationPrecision.CITY)),
    lat: zfd.numeric(z.number().min(-90, { error: "invalid" }).max(90, { error: "invalid" }).optional()),
    lng: zfd.numeric(z.number().min(-180, { error: "invalid" }).max(180, { error: "invalid" }).optional()),
    website: url,
    email,
    sectors,
    languages,
    position: text(200),
  })
  .superRefine((value, ctx) => {
    if ((value.nameUk ?? "").length < 2 && (value.nameEn ?? "").length < 2) {
      ctx.addIssue({ code: "custom", path: ["nameUk"], message: "required" });
    }
    if ((value.lat === undefined) !== (value.lng === undefined)) {
      ctx.addIssue({ code: "custom", path: [value.lat === undefined ? "lat" : "lng"], message: "required" });
    }
  });

export type OrganizationRegistration = z.infer<typeof organizationRegistrationSchema>;
