import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { titleMetadata } from "@/components/layout/page";
import { NeedForm, type NeedFormValues } from "@/components/need/need-form";
import { needChoices, openNeedWorkspace } from "@/components/need/need-workspace";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { localizedValues } from "@/lib/forms/fields";
import { isLocale, pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getIdeaForNeed } from "@/lib/priorities/queries";

export const generateMetadata = titleMetadata("need.newTitle", { index: false });

export default async function NewNeedPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ fromIdea?: string | string[] }>;
}) {
  const { locale, slug, community } = await openNeedWorkspace(params, "/needs/new", "create");
  const [tNeed, tCommunity, tPriorities, label, { fromIdea }, viewer] = await Promise.all([
    getTranslations("need"),
    getTranslations("community"),
    getTranslations("priorities"),
    getVocabulary(),
    searchParams,
    getViewer(),
  ]);
  // "Turn into a need" on a closed priorities round: the form starts from the idea, which travels with it.
  const ideaId = typeof fromIdea === "string" && can(viewer, "update", "PriorityRound", { communityId: community.id }) ? fromIdea : null;
  const idea = ideaId ? await getIdeaForNeed(ideaId, community.id) : null;
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={`/communities/${slug}`}>← {communityTitle(community, locale, tCommunity).text}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{tNeed("newTitle")}</h1>
      <p className="mt-2 text-lg text-muted">{tNeed("newLead")}</p>
      {idea ? (
        <p className="mt-4 rounded-md border border-note-line bg-note-soft p-3 [overflow-wrap:anywhere]">
          {idea.need
            ? tNeed("ideaAlreadyNeed")
            : tPriorities("fromIdea", { title: idea.title, round: pickText(idea.round.question, locale)?.text ?? idea.round.slug })}
        </p>
      ) : null}
      <NeedForm
        communityId={community.id}
        communitySlug={slug}
        locale={locale}
        {...needChoices(label)}
        {...(idea ? { priorityIdeaId: idea.id, values: ideaValues(idea) } : {})}
      />
    </div>
  );
}

/**
 * The need form filled from an idea: its title and details in the language it was written in
 * (any UI language; one the form does not know goes in English), and its sector.
 */
function ideaValues(idea: { title: string; details: string | null; locale: string; sector: string | null }): NeedFormValues {
  const lang = isLocale(idea.locale) ? idea.locale : "en";
  return {
    ...localizedValues("title", { [lang]: idea.title }),
    ...localizedValues("description", { [lang]: idea.details ?? "" }),
    sector: idea.sector ?? "",
    aidTypes: [],
    cost: "",
    currency: "EUR",
    urgency: "MEDIUM",
    deadline: "",
    needStatus: "OPEN",
    metByPartnershipId: "",
  };
}
