import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PollForm } from "@/components/poll/poll-form";
import { PostingGate } from "@/components/listing/posting-gate";
import { postingOwnerOptions } from "@/components/listing/posting-owners";
import { getViewer } from "@/lib/auth/viewer";
import { utcToZonedLocal } from "@/lib/event/zoned-time";
import { requireLocale } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  return { title: (await getTranslations({ locale, namespace: "pollForm" }))("newTitle") };
}

const HOUR = 3_600_000;
const DEFAULT_ZONE = "Europe/Kyiv";

export default async function NewPollPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const submitted = (await searchParams).submitted;
  const [viewer, t] = await Promise.all([getViewer(), getTranslations("pollForm")]);
  // The same owners a person may post events for: verified representatives and officials.
  const ownerOptions = await postingOwnerOptions(viewer, locale);
  // A sensible start: open from the next full hour for two weeks, which people then adjust.
  const opens = new Date(Math.ceil(new Date().getTime() / HOUR) * HOUR);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{t("newLead")}</p>
      <PostingGate
        submitted={typeof submitted === "string"}
        signedIn={viewer !== null}
        hasOwners={ownerOptions.length > 0}
        signInHref={`/sign-in?next=/${locale}/polls/new`}
        text={{ submitted: t("submitted"), signInFirst: t("signInFirst"), noListings: t("noListings") }}
      >
        <PollForm
          // A fresh form (and idempotency key) after each submission, not the previous poll's.
          key={typeof submitted === "string" ? submitted : "new"}
          locale={locale}
          owners={ownerOptions}
          values={{
            owner: ownerOptions[0]?.value ?? "", questionUk: "", questionEn: "", descriptionUk: "", descriptionEn: "", optionsUk: "", optionsEn: "",
            allowNominations: false, audience: "SIGNED_IN", isAnonymous: true, resultsVisibility: "ALWAYS", timeZone: DEFAULT_ZONE,
            opensLocal: utcToZonedLocal(opens, DEFAULT_ZONE), closesLocal: utcToZonedLocal(new Date(opens.getTime() + 14 * 24 * HOUR), DEFAULT_ZONE),
          }}
        />
      </PostingGate>
    </div>
  );
}
