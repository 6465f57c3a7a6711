// The partnership page's recovery plan (issue 18): totals, each milestone with its money,
// evidence and questions, and the forms of whoever may use them. Who may is the policy's answer
// on the server ("track" for the two sides and moderators; confirming for the other side only);
// in the shared page cache the viewer is a visitor, so no form is ever cached for everyone.
import { getLocale, getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { ProfileSection } from "@/components/listing/profile-layout";
import { MilestoneStatus } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { FLOWS } from "@/lib/recovery/totals";
import { communityNeedOptions, partnershipPlan } from "@/lib/recovery/queries";
import { currencyCodes } from "@/lib/recovery/schema";
import { mayConfirm, otherSideOf, sidesOf, viewerSides, type PartnershipSides } from "@/lib/recovery/sides";
import { MilestoneCard, TransactionLine, type MilestoneControls } from "./milestone-card";
import { AnswerForm, EvidenceForm, HideQuestionForm, MilestoneForm, QuestionForm, StepForm, TransactionForm } from "./plan-forms";
import { TotalsTable } from "./totals-table";

export async function PartnershipPlan({ partnership }: { partnership: PartnershipSides & { id: string; slug: string } }) {
  const [viewer, plan, t, label, locale] = await Promise.all([
    getViewer(),
    partnershipPlan(partnership.id),
    getTranslations("recovery"),
    getVocabulary(),
    getLocale(),
  ]);
  const tracks = can(viewer, "track", "Partnership", partnership);
  const moderates = can(viewer, "moderate", "MilestoneQuestion");
  const mine = viewerSides(viewer, partnership);
  const today = new Date().toISOString().slice(0, 10);
  const sideOptions = sidesOf(partnership).map((side) => ({ value: side, label: label("partnershipSide", side) }));
  const flowOptions = FLOWS.map((flow) => ({ value: flow, label: label("aidFlow", flow) }));
  const needOptions = tracks && partnership.communityId ? await communityNeedOptions(partnership.communityId) : [];

  const controlsFor = (milestone: (typeof plan.milestones)[number]): MilestoneControls => {
    const status = milestone.milestoneStatus;
    const open = status !== MilestoneStatus.CONFIRMED && status !== MilestoneStatus.CANCELLED;
    const awaiting =
      status === MilestoneStatus.DELIVERED && milestone.deliveredBySide ? otherSideOf(partnership, milestone.deliveredBySide) : null;
    const steps = tracks ? (
      <>
        {status === MilestoneStatus.PLANNED ? <StepForm milestoneId={milestone.id} step="start" /> : null}
        {(status === MilestoneStatus.PLANNED || status === MilestoneStatus.IN_PROGRESS) && mine.length > 0 ? (
          <StepForm milestoneId={milestone.id} step="deliver" />
        ) : null}
        {status === MilestoneStatus.DELIVERED && mayConfirm(viewer, partnership, milestone.deliveredBySide) ? (
          <StepForm milestoneId={milestone.id} step="confirm" />
        ) : null}
        {open ? <StepForm milestoneId={milestone.id} step="cancel" /> : null}
      </>
    ) : null;
    return {
      awaiting,
      steps,
      money: tracks ? (
        <TransactionForm
          partnershipId={partnership.id}
          milestoneId={milestone.id}
          sides={sideOptions}
          flows={flowOptions}
          currencies={currencyCodes}
          today={today}
        />
      ) : null,
      evidence: tracks ? <EvidenceForm milestoneId={milestone.id} /> : null,
      ask: viewer ? (
        <QuestionForm milestoneId={milestone.id} />
      ) : (
        <p className="mt-2 text-sm">
          <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/partnerships/${partnership.slug}`)}`}>{t("signInToAsk")}</Link>
        </p>
      ),
      answer: (questionId) => (
        <>
          {tracks && mine.length > 0 ? <AnswerForm questionId={questionId} /> : null}
          {moderates ? <HideQuestionForm questionId={questionId} /> : null}
        </>
      ),
    };
  };

  return (
    <ProfileSection id="recovery" heading={t("plan")}>
      <p className="text-muted">{t("planLead")}</p>
      <div className="mt-4">
        <TotalsTable totals={plan.totals} />
        <p className="mt-2 text-sm">
          <a href={`/api/v1/partnerships/${partnership.slug}/iati.xml`}>{t("iati")}</a>
        </p>
      </div>
      {plan.milestones.length === 0 ? (
        <p className="mt-4 text-muted">{tracks ? t("noMilestonesSide") : t("noMilestones")}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {plan.milestones.map((milestone) => (
            <li key={milestone.id}>
              <MilestoneCard milestone={milestone} controls={controlsFor(milestone)} />
            </li>
          ))}
        </ol>
      )}
      {plan.loose.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t("looseMoney")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {plan.loose.map((transaction) => (
              <TransactionLine key={transaction.id} transaction={transaction} />
            ))}
          </ul>
        </div>
      ) : null}
      {tracks ? (
        <MilestoneForm
          partnershipId={partnership.id}
          needs={needOptions.map((need) => ({ value: need.id, label: pickText(need.title, locale)?.text ?? need.slug }))}
        />
      ) : null}
      {tracks ? (
        <TransactionForm partnershipId={partnership.id} sides={sideOptions} flows={flowOptions} currencies={currencyCodes} today={today} />
      ) : null}
    </ProfileSection>
  );
}
