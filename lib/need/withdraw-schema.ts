// An official withdraws a need (no longer wanted: with an optional reason, kept in the trail) or
// reopens a withdrawn one. Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { optionalText, recordKey } from "@/lib/forms/fields";

export const needWithdrawalSchema = zfd
  .formData({
    needId: recordKey,
    decision: zfd.text(z.enum(["withdraw", "reopen"])),
    reason: optionalText(500),
  })
  .transform(({ needId, decision, reason }): NeedWithdrawalInput => ({
    needId,
    withdraw: decision === "withdraw",
    reason: reason || undefined,
  }));

export interface NeedWithdrawalInput {
  needId: string;
  withdraw: boolean;
  /** Why it is withdrawn, for the trail (ignored on reopening). */
  reason?: string;
}

/** The form also names its community's slug: the pages to refresh. */
export const needWithdrawalFormSchema = needWithdrawalSchema.and(zfd.formData({ communitySlug: recordKey }));
