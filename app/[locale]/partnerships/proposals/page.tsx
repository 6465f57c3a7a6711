import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommunityTitle } from "@/components/community/community-title";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { Badge } from "@/components/ui/badge";
import { listMyPartnerships, proposalsToAnswer } from "@/lib/account/queries";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { completePartnershipAction, respondToPartnershipAction } from "@/lib/partnership/actions";
import { formatDate } from "@/lib/i18n/dates";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "matching" });
  return { title: t("proposals"), robots: { index: false } };
}

export default async function ProposalsPage({ params }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/partnerships/proposals`);
  const [partnerships, t, label] = await Promise.all([listMyPartnerships(viewer.id), getTranslations("matching"), getVocabulary()]);
  // Incoming: those the stored answering side lets this person answer (the count /account shows);
  // the rest were sent by their side.
  const incoming = proposalsToAnswer(viewer, partnerships);
  const outgoing = partnerships.filter((p) => p.partnershipStatus === "PROPOSED" && !incoming.includes(p));
  const decided = partnerships.filter((p) => p.partnershipStatus !== "PROPOSED");

  const Row = ({ p, actions }: { p: (typeof partnerships)[number]; actions: "answer" | "complete" | null }) => (
    // The slug is the anchor notices and the proposal form link to (/partnerships/proposals#slug).
    <li id={p.slug} className="scroll-mt-24 rounded-lg border border-line bg-surface p-4 target:border-brand">
      <h3 className="font-semibold">
        <Link href={`/organizations/${p.organization.slug}`}>
          <Localized value={p.organization.name} />
        </Link>
        {" ↔ "}
        {p.community ? (
          <Link href={`/communities/${p.community.slug}`}>
            <CommunityTitle community={p.community} />
          </Link>
        ) : null}
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <span>{label("partnershipForm", p.form)}</span>
        <Badge tone={p.partnershipStatus === "ACTIVE" ? "ok" : "note"}>{label("partnershipStatus", p.partnershipStatus)}</Badge>
        <span className="text-muted">{t("proposedOn", { date: formatDate(p.proposedAt, locale) })}</span>
      </p>
      {p.needs.length ? (
        <p className="mt-1 text-sm">
          {t("needs")}: {p.needs.map((n) => pickText(n.need.title, locale)?.text).join("; ")}
        </p>
      ) : null}
      {p.message ? <blockquote className="mt-2 border-l-4 border-line pl-3 text-sm whitespace-pre-wrap">{p.message}</blockquote> : null}
      {actions === "answer" ? (
        <ActionForm action={respondToPartnershipAction} className="mt-3 flex flex-wrap items-center gap-2">
          <input type="hidden" name="partnershipId" value={p.id} />
          <SubmitButton name="decision" value="accept">
            {t("accept")}
          </SubmitButton>
          <SubmitButton name="decision" value="decline" variant="secondary">
            {t("decline")}
          </SubmitButton>
        </ActionForm>
      ) : actions === "complete" ? (
        <ActionForm action={completePartnershipAction} className="mt-3">
          <input type="hidden" name="partnershipId" value={p.id} />
          <SubmitButton variant="secondary">{t("complete")}</SubmitButton>
        </ActionForm>
      ) : null}
    </li>
  );

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("proposals")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("proposalsLead")}</p>
      {partnerships.length === 0 ? <p className="mt-6">{t("noProposals")}</p> : null}
      {[
        { key: "incoming", title: t("incoming"), items: incoming, actions: "answer" as const },
        { key: "outgoing", title: t("outgoing"), items: outgoing, actions: null },
        { key: "decided", title: t("decided"), items: decided, actions: null },
      ]
        .filter((g) => g.items.length)
        .map((group) => (
          <section key={group.key} aria-labelledby={`${group.key}-h`} className="mt-8">
            <h2 id={`${group.key}-h`} className="text-xl font-semibold">
              {group.title}
            </h2>
            <ul className="mt-3 space-y-3">
              {group.items.map((p) => (
                <Row key={p.id} p={p} actions={group.key === "decided" && p.partnershipStatus === "ACTIVE" ? "complete" : group.actions} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
