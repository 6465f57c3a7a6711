import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communityTitle } from "@/components/community/community-title";
import { openPage, titleMetadata } from "@/components/layout/page";
import { ReportForm } from "@/components/report/report-form";
import { ReportReason } from "@/generated/prisma/enums";
import { getViewer } from "@/lib/auth/viewer";
import { getCommunityBySlug } from "@/lib/community/queries";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";
import { getOrganizationBySlug } from "@/lib/organization/queries";
import { getPublicStatement } from "@/lib/dialogue/queries";
import { getPublicIdea } from "@/lib/priorities/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ type?: string; slug?: string }> };

export const generateMetadata = titleMetadata("report.link", { index: false });

/** "Report this listing": /report?type=organization|community&slug=…, or a dialogue's statement or a priorities idea: type=statement|idea&slug=<id> */
export default async function ReportPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const { type, slug } = await searchParams;
  if (typeof slug !== "string" || slug.length > 200) notFound();
  const tCommunity = await getTranslations("community");
  let target: {
    type: "ORGANIZATION" | "COMMUNITY" | "DIALOGUE_STATEMENT" | "PRIORITY_IDEA";
    id: string;
    name: string;
    href: string;
  } | null = null;
  if (type === "organization") {
    const org = await getOrganizationBySlug(slug);
    if (org) target = { type: "ORGANIZATION", id: org.id, name: pickText(org.name, locale)?.text ?? slug, href: `/organizations/${slug}` };
  } else if (type === "community") {
    const community = await getCommunityBySlug(slug);
    if (community)
      target = {
        type: "COMMUNITY",
        id: community.id,
        name: communityTitle(community, locale, tCommunity).text,
        href: `/communities/${slug}`,
      };
  } else if (type === "statement") {
    const statement = await getPublicStatement(slug);
    if (statement)
      target = { type: "DIALOGUE_STATEMENT", id: statement.id, name: statement.text, href: `/dialogues/${statement.dialogue.slug}` };
  } else if (type === "idea") {
    const idea = await getPublicIdea(slug);
    if (idea)
      target = {
        type: "PRIORITY_IDEA",
        id: idea.id,
        name: idea.title,
        href: `/communities/${idea.round.community.slug}/priorities/${idea.round.slug}`,
      };
  }
  if (!target) notFound();
  const [viewer, tReport, tReasons] = await Promise.all([getViewer(), getTranslations("report"), getTranslations("report.reasons")]);
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href={target.href}>← {target.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{tReport("title", { name: target.name })}</h1>
      <p className="mt-2 text-lg text-muted">{tReport("lead")}</p>
      {viewer ? (
        <ReportForm
          targetType={target.type}
          targetId={target.id}
          reasons={Object.values(ReportReason).map((r) => ({ value: r, label: tReasons(r) }))}
        />
      ) : (
        <p className="mt-6 rounded-md border border-note-line bg-note-soft p-4">
          {tReport("signInFirst")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/report`)}`} className="font-semibold">
            →
          </Link>
        </p>
      )}
    </div>
  );
}
