// Under a need's edit form: withdraw it (with an optional reason for the trail) while it is open or
// in progress, or reopen it once withdrawn. A met need has lived its life: it is only described.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { NeedStatus } from "@/generated/prisma/enums";
import { withdrawNeedAction } from "@/lib/need/actions";

export async function NeedWithdrawal({ need, communitySlug }: { need: { id: string; needStatus: NeedStatus }; communitySlug: string }) {
  const t = await getTranslations("needs");
  const withdrawn = need.needStatus === NeedStatus.WITHDRAWN;
  if (need.needStatus === NeedStatus.MET) return <p className="mt-8 text-muted">{t("metLead")}</p>;
  return (
    <section aria-labelledby="withdrawal-heading" className="mt-8 rounded-lg border border-line p-4">
      <h2 id="withdrawal-heading" className="text-lg font-semibold">
        {t(withdrawn ? "withdrawnHeading" : "withdrawHeading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t(withdrawn ? "withdrawnLead" : "withdrawLead")}</p>
      <ActionForm action={withdrawNeedAction} className="mt-3 space-y-3">
        <input type="hidden" name="needId" value={need.id} />
        <input type="hidden" name="communitySlug" value={communitySlug} />
        {withdrawn ? null : <TextAreaField label={t("withdrawReason")} name="reason" rows={2} maxLength={500} />}
        <SubmitButton name="decision" value={withdrawn ? "reopen" : "withdraw"} variant="secondary">
          {t(withdrawn ? "reopen" : "withdraw")}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
