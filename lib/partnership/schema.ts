// What the two sides of a partnership post: a proposal (which needs it addresses, in what form),
// an answer to one, and its completion. Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { PartnershipForm } from "@/generated/prisma/enums";
import { optionalText, recordKey } from "@/lib/forms/fields";

export const proposalSchema = zfd.formData({
  organizationId: recordKey,
  communityId: recordKey,
  form: zfd.text(z.enum(PartnershipForm, { error: "required" })),
  needIds: zfd.repeatableOfType(recordKey),
  message: optionalText(2000),
});

export type ProposalInput = z.infer<typeof proposalSchema>;

export const answerSchema = zfd
  .formData({ partnershipId: recordKey, decision: zfd.text(z.enum(["accept", "decline"])) })
  .transform(({ partnershipId, decision }) => ({ partnershipId, accept: decision === "accept" }));

export const completionSchema = zfd.formData({ partnershipId: recordKey });
