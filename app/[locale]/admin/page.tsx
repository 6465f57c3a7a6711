import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { openSignedInPage, titleMetadata } from "@/components/layout/page";
import { can } from "@/lib/auth/policy";
import { Link } from "@/lib/i18n/navigation";
import { moderatedTypes, type ModeratedType } from "@/lib/moderation/listings";
import { getQueueCounts } from "@/lib/moderation/queries";
import { AuditTrail } from "./_components/audit-trail";
import { ClaimsQueue } from "./_components/claims-queue";
import { EditsQueue } from "./_components/edits-queue";
import { ListingsQueue } from "./_components/listings-queue";
import { PeopleQueue } from "./_components/people-queue";
import { ReportsQueue } from "./_components/reports-queue";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ queue?: string; type?: string; q?: string; page?: string }> };
const queues = ["listings", "edits", "claims", "reports", "audit", "people"] as const;
type Queue = (typeof queues)[number];

export const generateMetadata = titleMetadata("admin.title", { index: false });

export default async function AdminPage({ params, searchParams }: Props) {
  const { locale, viewer } = await openSignedInPage(params, "/admin");
  if (!can(viewer, "moderate", "ModerationQueue")) notFound();
  const query = await searchParams;
  // People: moderators revoke roles and block members there; only admins change platform roles.
  const visibleQueues = queues.filter((q) => q !== "people" || can(viewer, "manageRoles", "User") || can(viewer, "moderate", "Membership"));
  const queue: Queue = (visibleQueues as readonly string[]).includes(query.queue ?? "") ? (query.queue as Queue) : "listings";
  const type = (moderatedTypes as readonly string[]).includes(query.type ?? "") ? (query.type as ModeratedType) : null;
  const [counts, tAdmin, tRecovery] = await Promise.all([getQueueCounts(), getTranslations("admin"), getTranslations("recovery.rates")]);
  const countOf: Record<Queue, number | null> = {
    listings: counts.listings,
    edits: counts.edits,
    claims: counts.claims,
    reports: counts.reports,
    audit: null,
    people: null,
  };
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{tAdmin("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{tAdmin("lead")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        {can(viewer, "import", "Organization") ? <Link href="/admin/import">{tAdmin("importOrganizations")}</Link> : null}
        {can(viewer, "update", "ExchangeRate") ? <Link href="/admin/rates">{tRecovery("title")}</Link> : null}
      </p>
      <nav aria-label={tAdmin("queues")} className="mt-6 border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {visibleQueues.map((q) => (
            <li key={q}>
              <Link
                href={{ pathname: "/admin", query: { queue: q } }}
                aria-current={q === queue ? "page" : undefined}
                className="flex min-h-11 items-center gap-2 rounded-t-md px-3 font-medium no-underline text-ink hover:bg-brand-soft aria-[current]:border-b-4 aria-[current]:border-brand aria-[current]:text-brand-strong"
              >
                {tAdmin(`queue.${q}`)}
                {countOf[q] !== null ? (
                  <span className="rounded-full bg-note-soft px-2 text-sm" aria-label={`(${countOf[q]})`}>
                    {countOf[q]}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        {queue === "listings" ? <ListingsQueue type={type} counts={counts.byType} locale={locale} /> : null}
        {queue === "claims" ? <ClaimsQueue locale={locale} /> : null}
        {queue === "edits" ? <EditsQueue locale={locale} /> : null}
        {queue === "reports" ? <ReportsQueue locale={locale} /> : null}
        {queue === "audit" ? <AuditTrail locale={locale} page={Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1)} /> : null}
        {queue === "people" ? <PeopleQueue viewer={viewer} search={query.q ?? null} locale={locale} /> : null}
      </div>
    </div>
  );
}
