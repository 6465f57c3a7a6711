// What the pages that add and edit a community's needs share: the signed-in official or
// moderator, the community, and the form's choices.
import { notFound } from "next/navigation";
import type { VocabularyLabel } from "@/components/i18n/vocabulary";
import { openSignedInPage } from "@/components/layout/page";
import { AidType, Sector, Urgency } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getCommunityBySlug } from "@/lib/community/queries";
import { eurPerUnit } from "@/lib/money/eur";

/**
 * The community whose needs `path` (below the community's page) works on. Not found and not
 * allowed look the same: the page confirms nothing to someone who may not add or edit needs.
 */
export async function openNeedWorkspace(params: Promise<{ locale: string; slug: string }>, path: string, action: "create" | "update") {
  const { slug } = await params;
  const { locale, viewer } = await openSignedInPage(params, `/communities/${slug}${path}`);
  const community = await getCommunityBySlug(slug);
  if (!community || !can(viewer, action, "Need", { communityId: community.id })) notFound();
  return { locale, slug, community };
}

/** The need form's closed lists, labelled in the page's language. */
export function needChoices(label: VocabularyLabel) {
  return {
    sectors: Object.values(Sector).map((s) => ({ value: s, label: label("sector", s) })),
    aidTypes: Object.values(AidType).map((a) => ({ value: a, label: label("aidType", a) })),
    urgencies: Object.values(Urgency).map((u) => ({ value: u, label: label("urgency", u) })),
    currencies: Object.keys(eurPerUnit).map((c) => ({ value: c, label: c })),
  };
}
