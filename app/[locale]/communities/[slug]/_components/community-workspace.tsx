import { getTranslations } from "next-intl/server";
import { getVocabulary } from "@/components/i18n/get-vocabulary";
import { Localized } from "@/components/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { listClosedNeeds } from "@/lib/need/queries";
import { NeedEditLink } from "./need-edit-link";

/**
 * The community's workspace, for its verified officials and the moderators who correct listings:
 * links to edit the profile, add needs, find partners and answer proposals, and the closed needs
 * (which the public profile no longer lists) to reopen or correct.
 */
export async function CommunityWorkspace({
  community,
  mayEdit,
  mayAddNeed,
  mayEditNeeds,
}: {
  community: { id: string; slug: string };
  mayEdit: boolean;
  mayAddNeed: boolean;
  mayEditNeeds: boolean;
}) {
  if (!mayEdit && !mayEditNeeds) return null;
  const [tCommunityForm, tCommunity, tMatching, tPriorities, label, closedNeeds] = await Promise.all([
    getTranslations("communityForm"),
    getTranslations("community"),
    getTranslations("matching"),
    getTranslations("priorities"),
    getVocabulary(),
    mayEditNeeds ? listClosedNeeds(community.id) : Promise.resolve([]),
  ]);
  return (
    <section aria-labelledby="workspace-heading" className="mt-6 rounded-lg border border-line bg-brand-soft p-4">
      <h2 id="workspace-heading" className="text-lg font-bold">
        {tCommunityForm("workspaceHeading")}
      </h2>
      <p className="text-sm text-muted">{tCommunityForm("workspaceLead")}</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {mayEdit ? (
          <li>
            <Link href={`/communities/${community.slug}/edit`} className="font-semibold">
              {tCommunity("editProfile")}
            </Link>
          </li>
        ) : null}
        {mayAddNeed ? (
          <li>
            <Link href={`/communities/${community.slug}/needs/new`}>{tMatching("addNeed")}</Link>
          </li>
        ) : null}
        <li>
          <Link href={`/communities/${community.slug}/matches`}>{tCommunityForm("matches")}</Link>
        </li>
        {/* Its officials open priorities rounds and decide the ideas; moderators correct them. */}
        <li>
          <Link href={`/communities/${community.slug}/priorities`}>{tPriorities("workspaceLink")}</Link>
        </li>
        {mayAddNeed ? (
          <li>
            <Link href="/partnerships/proposals">{tCommunityForm("proposals")}</Link>
          </li>
        ) : null}
      </ul>
      {closedNeeds.length > 0 ? (
        <>
          <h3 className="mt-3 font-semibold">{tCommunityForm("closedNeeds")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {closedNeeds.map((need) => (
              <li key={need.id}>
                <Localized value={need.title} /> <span className="text-muted">· {label("needStatus", need.needStatus)} ·</span>{" "}
                <NeedEditLink communitySlug={community.slug} need={need} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
