import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PendingChangeNote } from "@/components/listing/pending-change-note";
import { PollForm, type PollFormValues } from "@/components/poll/poll-form";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getOpenChange } from "@/lib/listing/queries";
import { pollFormValues } from "@/lib/poll/edit-values";
import { getPollForEdit } from "@/lib/poll/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "pollForm" }))("editTitle"), robots: { index: false } };
}

export default async function EditPollPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = requireLocale(localeParam);
  setRequestLocale(locale);
  await connection();
  const [viewer, poll] = await Promise.all([getViewer(), getPollForEdit(slug)]);
  // Not found and not allowed look the same: an edit page does not confirm that a pending poll exists.
  if (!poll || !can(viewer, "update", "Poll", { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience })) notFound();
  const [t, tStatus, pending] = await Promise.all([getTranslations("pollForm"), getTranslations("account.listingStatus"), getOpenChange("POLL", poll.id, viewer?.id)]);
  const question = asLocalizedText(poll.question);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/polls/${poll.slug}`}>← {question[locale] ?? question.uk ?? question.en ?? poll.slug}</Link></p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <p className="mt-2 text-muted">{t("status", { status: tStatus(poll.status) })}</p>
      {pending ? <PendingChangeNote createdAt={pending.createdAt} locale={locale} /> : null}
      <PollForm
        locale={locale}
        edit={{ pollId: poll.id, slug: poll.slug, votesCast: poll._count.participations > 0 }}
        // What the author sent and a moderator has not decided yet, over the current values.
        values={{ owner: "", ...pollFormValues(poll, poll.options), ...pending?.changes } as PollFormValues}
      />
    </div>
  );
}
