import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { loose } from "@/components/i18n/loose-translator";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TargetType, UserRole } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { requireLocale } from "@/lib/i18n/locale-param";
import { safeHref } from "@/lib/forms/http-url";
import { Link } from "@/lib/i18n/navigation";
import { moderatedTypes, type ModeratedType } from "@/lib/moderation/listings";
import { decideChangeAction, decideClaimAction, decideListingsAction, mergeOrganizationsAction, resolveReportAction, revokeMembershipAction } from "@/lib/moderation/actions";
import { getQueueCounts, listAuditTrail, listOpenReports, listPendingClaims, listPendingEdits, listPendingListings } from "@/lib/moderation/queries";
import { setBlockedAction, setUserRoleAction } from "@/lib/user/actions";
import { listPeople } from "@/lib/user/queries";
import { DecisionForm } from "./_components/decision-form";
import { nameText, ValueText } from "./_components/value-text";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ queue?: string; type?: string; q?: string }> };
const queues = ["listings", "edits", "claims", "reports", "audit", "people"] as const;
type Queue = (typeof queues)[number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = requireLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminPage({ params, searchParams }: Props) {
  const locale = requireLocale((await params).locale);
  setRequestLocale(locale);
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/admin`);
  if (!can(viewer, "moderate", "ModerationQueue")) notFound();
  const query = await searchParams;
  const isAdmin = can(viewer, "manageRoles", "User");
  // People: moderators revoke roles and block members there; only admins change platform roles.
  const visibleQueues = queues.filter((q) => q !== "people" || isAdmin || can(viewer, "moderate", "Membership"));
  const queue: Queue = (visibleQueues as readonly string[]).includes(query.queue ?? "") ? (query.queue as Queue) : "listings";
  const type = (moderatedTypes as readonly string[]).includes(query.type ?? "") ? (query.type as ModeratedType) : null;
  const [counts, t, format] = await Promise.all([getQueueCounts(), getTranslations("admin"), getFormatter()]);
  const types = loose(await getTranslations("admin.targetTypes"));
  const reportReasons = loose(await getTranslations("report.reasons"));
  const countOf: Record<Queue, number | null> = { listings: counts.listings, edits: counts.edits, claims: counts.claims, reports: counts.reports, audit: null, people: null };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{t("lead")}</p>
      <nav aria-label={t("queues")} className="mt-6 border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {visibleQueues.map((q) => (
            <li key={q}>
              <Link href={{ pathname: "/admin", query: { queue: q } }} aria-current={q === queue ? "page" : undefined}
                className="flex min-h-11 items-center gap-2 rounded-t-md px-3 font-medium no-underline text-ink hover:bg-brand-soft aria-[current]:border-b-4 aria-[current]:border-brand aria-[current]:text-brand-strong">
                {t(`queue.${q}`)}
                {countOf[q] !== null ? <span className="rounded-full bg-note-soft px-2 text-sm" aria-label={`(${countOf[q]})`}>{countOf[q]}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        {queue === "listings" ? <ListingsQueue type={type} counts={counts.byType} /> : null}
        {queue === "claims" ? <ClaimsQueue /> : null}
        {queue === "edits" ? <EditsQueue /> : null}
        {queue === "reports" ? <ReportsQueue /> : null}
        {queue === "audit" ? <AuditTrail /> : null}
        {queue === "people" ? <People /> : null}
      </div>
    </div>
  );

  async function ListingsQueue({ type, counts }: { type: ModeratedType | null; counts: Record<ModeratedType, number> }) {
    const items = await listPendingListings(type);
    return (
      <section aria-labelledby="listings-heading">
        <h2 id="listings-heading" className="sr-only">{t("queue.listings")}</h2>
        <form className="flex flex-wrap items-end gap-2" method="get">
          <input type="hidden" name="queue" value="listings" />
          <label className="text-sm font-medium">{t("filterType")}
            <select name="type" defaultValue={type ?? ""} className="ml-2 min-h-10 rounded-md border border-line px-2">
              <option value="">{t("allTypes")}</option>
              {moderatedTypes.map((m) => <option key={m} value={m}>{types(m)} ({counts[m]})</option>)}
            </select>
          </label>
          <button type="submit" className="min-h-10 rounded-md border border-line px-3">{t("apply")}</button>
        </form>
        {items.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
        {type && items.length > 1 ? (
          <div className="mt-4 rounded-lg border border-line bg-note-soft p-3">
            <DecisionForm action={decideListingsAction} formId={`bulk-${type}`} hidden={{ type }} decisions={["approve", "reject"]} label={t("bulkApprove")} />
          </div>
        ) : null}
        <ul className="mt-4 space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-lg border border-line bg-surface p-4">
              <div className="flex items-start gap-3">
                {type && items.length > 1 ? (
                  <input type="checkbox" name="ids" value={item.id} form={`bulk-${type}`} className="mt-1 h-5 w-5" aria-label={t("select", { name: nameText(item.name, locale) })} />
                ) : null}
                <div className="flex-1">
                  <p className="text-sm text-muted">{types(item.type)}{item.detail ? ` · ${item.detail}` : ""}</p>
                  <h3 className="text-lg font-semibold">{nameText(item.name, locale)}</h3>
                  <p className="text-sm text-muted">{item.authorName ? t("submittedBy", { name: item.authorName }) : ""} {t("submittedAt", { date: date(item.createdAt) })}</p>
                  <DecisionForm action={decideListingsAction} hidden={{ type: item.type, ids: item.id }} decisions={["approve", "reject", "archive"]} label={nameText(item.name, locale)} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  async function ClaimsQueue() {
    const claims = await listPendingClaims();
    if (claims.length === 0) return <p>{t("empty")}</p>;
    return (
      <ul className="space-y-3">
        {claims.map((claim) => {
          const listing = claim.organization ?? claim.community;
          const href = claim.organization ? `/organizations/${claim.organization.slug}` : `/communities/${claim.community?.slug}`;
          return (
            <li key={claim.id} className="rounded-lg border border-line bg-surface p-4">
              <p className="text-sm text-muted">{types(claim.organization ? TargetType.ORGANIZATION : TargetType.COMMUNITY)}</p>
              <h3 className="text-lg font-semibold"><Link href={href}>{nameText(listing?.name, locale)}</Link></h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t("submittedBy", { name: "" })}</dt><dd>{claim.user.name ?? "—"} &lt;{claim.user.email}&gt;{claim.title ? ` · ${claim.title}` : ""}</dd>
                {claim.community ? (<><dt className="font-semibold">{t("katottg")}</dt><dd className="font-mono">{claim.community.katottg}</dd></>) : null}
                <dt className="font-semibold">{t("officialDomain")}</dt>
                <dd>
                  <span className={claim.officialDomain ? "text-success font-semibold" : ""}>{claim.evidenceDomain ? (claim.officialDomain ? t("domainOfficial", { domain: claim.evidenceDomain }) : t("domainNotOfficial", { domain: claim.evidenceDomain })) : "—"}</span>
                  {claim.typedDomain ? <span className="block text-muted">{t("domainUnproven", { domain: claim.typedDomain })}</span> : null}
                </dd>
                <dt className="font-semibold">{t("evidence")}</dt>
                <dd>{claim.evidenceEmail ?? ""} {safeHref(claim.evidenceUrl) ? <a href={safeHref(claim.evidenceUrl)} rel="nofollow noopener noreferrer" target="_blank">{claim.evidenceUrl}</a> : (claim.evidenceUrl ?? "")} {claim.evidenceNote ?? ""}</dd>
              </dl>
              <DecisionForm action={decideClaimAction} hidden={{ membershipId: claim.id }} decisions={["approve", "reject"]} label={nameText(listing?.name, locale)} />
            </li>
          );
        })}
      </ul>
    );
  }

  async function EditsQueue() {
    const edits = await listPendingEdits();
    if (edits.length === 0) return <p>{t("empty")}</p>;
    return (
      <ul className="space-y-3">
        {edits.map((edit) => (
          <li key={edit.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="text-sm text-muted">{types(edit.targetType)}</p>
            <h3 className="text-lg font-semibold">
              {edit.listing ? <Link href={edit.listing.path}>{nameText(edit.listing.name, locale)}</Link> : types(edit.targetType)}
            </h3>
            <p className="text-sm text-muted">{t("submittedBy", { name: edit.author?.name ?? edit.author?.email ?? "—" })} {t("submittedAt", { date: date(edit.createdAt) })}</p>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead><tr><th scope="col" className="p-1">{t("field")}</th><th scope="col" className="p-1">{t("before")}</th><th scope="col" className="p-1">{t("after")}</th></tr></thead>
                <tbody>
                  {edit.diff.map((row) => (
                    <tr key={row.field} className="border-t border-line align-top">
                      <th scope="row" className="p-1 font-mono">{row.field}</th>
                      <td className="bg-danger-soft p-1"><ValueText value={row.before} field={row.field} locale={locale} /></td>
                      <td className="bg-ok-soft p-1"><ValueText value={row.after} field={row.field} locale={locale} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <DecisionForm action={decideChangeAction} hidden={{ changeRequestId: edit.id }} decisions={["approve", "reject"]} label={edit.id} />
          </li>
        ))}
      </ul>
    );
  }

  async function ReportsQueue() {
    const reports = await listOpenReports();
    if (reports.length === 0) return <p>{t("empty")}</p>;
    return (
      <ul className="space-y-3">
        {reports.map((report) => (
          <li key={report.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="text-sm text-muted">{types(report.targetType)}</p>
            <h3 className="text-lg font-semibold">{report.target ? <Link href={report.target.path}>{nameText(report.target.name, locale)}</Link> : report.targetId}</h3>
            <p>{t("reportedFor", { reason: reportReasons(report.reason) })}</p>
            {report.details ? <p className="mt-1 whitespace-pre-wrap text-sm">{report.details}</p> : null}
            <p className="text-sm text-muted">{t("submittedBy", { name: report.reporter?.name ?? report.reporter?.email ?? "—" })} {t("submittedAt", { date: date(report.createdAt) })}</p>
            <DecisionForm action={resolveReportAction} hidden={{ reportId: report.id }} decisionField="outcome" decisions={["resolve", "dismiss"]} label={report.id}
              extra={<label className="flex items-center gap-2 text-sm"><input type="checkbox" name="hideListing" className="h-5 w-5" />{t("hideListing")}</label>} />
            {report.targetType === TargetType.ORGANIZATION && report.reason === "DUPLICATE" ? (
              <details className="mt-3">
                <summary className="min-h-10 cursor-pointer font-medium">{t("mergeTitle")}</summary>
                <ActionForm action={mergeOrganizationsAction} className="mt-2 space-y-2">
                  <input type="hidden" name="duplicateId" value={report.targetId} />
                  <input type="hidden" name="reportId" value={report.id} />
                  <label className="block text-sm font-medium">{t("mergeInto")}
                    <input name="intoSlug" required className="mt-1 block w-full rounded-md border border-line px-2 py-1.5 font-mono" />
                  </label>
                  <label className="block text-sm font-medium">{t("reason")}
                    <input name="reason" required className="mt-1 block w-full rounded-md border border-line px-2 py-1.5" />
                  </label>
                  <SubmitButton variant="secondary">{t("merge")}</SubmitButton>
                </ActionForm>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }

  async function People() {
    const people = await listPeople(query.q ?? null);
    const platformRoles = loose(await getTranslations("admin.platformRoles"));
    return (
      <section>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="queue" value="people" />
          <label className="text-sm font-medium">{t("searchPeople")}
            <input name="q" defaultValue={query.q ?? ""} className="ml-2 min-h-10 rounded-md border border-line px-2" />
          </label>
          <button type="submit" className="min-h-10 rounded-md border border-line px-3">{t("search")}</button>
        </form>
        <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
          {people.map((person) => (
            <li key={person.id} className="space-y-2 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <p className="font-medium">{person.name ?? "—"} <span className="text-sm font-normal text-muted">({platformRoles(person.role)})</span></p>
                  <p className="text-sm text-muted">{person.email}</p>
                  {person.blockedAt ? <p className="text-sm font-semibold text-danger">{t("blockedSince", { date: date(person.blockedAt) })}</p> : null}
                </div>
                {isAdmin ? (
                  <ActionForm action={setUserRoleAction} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="userId" value={person.id} />
                    <label className="text-sm">{t("role")}
                      <select name="role" defaultValue={person.role} className="ml-2 min-h-10 rounded-md border border-line px-2">
                        {Object.values(UserRole).map((role) => <option key={role} value={role}>{platformRoles(role)}</option>)}
                      </select>
                    </label>
                    <SubmitButton variant="secondary">{t("saveRole")}</SubmitButton>
                  </ActionForm>
                ) : null}
              </div>
              <Memberships memberships={person.memberships} />
              {can(viewer, "block", "User", { id: person.id, role: person.role }) ? (
                <DecisionForm action={setBlockedAction} hidden={{ userId: person.id }} decisions={[person.blockedAt ? "unblock" : "block"]} reasonRequired
                  label={t("blockLabel", { name: person.name ?? person.email ?? person.id })} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    );
  }

  async function Memberships({ memberships }: { memberships: Awaited<ReturnType<typeof listPeople>>[number]["memberships"] }) {
    const statuses = loose(await getTranslations("admin.membershipStatuses"));
    const roles = loose(await getTranslations("admin.membershipRoles"));
    if (memberships.length === 0) return <p className="text-sm text-muted">{t("noMemberships")}</p>;
    return (
      <section aria-label={t("memberships")}>
        <ul className="space-y-1 text-sm">
          {memberships.map((m) => {
            const listing = m.organization ?? m.community;
            const href = m.organization ? `/organizations/${m.organization.slug}` : `/communities/${m.community?.slug}`;
            const name = nameText(listing?.name, locale);
            return (
              <li key={m.id}>
                <Link href={href}>{name}</Link> · {roles(m.role)} · {statuses(m.status)}
                {m.status === "VERIFIED" && can(viewer, "moderate", "Membership") ? (
                  <div className="ml-4 max-w-xl">
                    <DecisionForm action={revokeMembershipAction} hidden={{ membershipId: m.id }} decisions={["revoke"]} reasonRequired label={t("revokeLabel", { name })} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }

  async function AuditTrail() {
    const entries = await listAuditTrail();
    return (
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead><tr>{[t("auditWhen"), t("auditWho"), t("auditWhat"), t("auditTarget"), t("reason")].map((h) => <th key={h} scope="col" className="p-2">{h}</th>)}</tr></thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-t border-line align-top">
                <td className="whitespace-nowrap p-2">{date(entry.at)}</td>
                <td className="p-2">{entry.actor?.name ?? entry.actor?.email ?? t("system")}{entry.actorRole ? ` (${entry.actorRole})` : ""}</td>
                <td className="p-2 font-mono">{entry.action}</td>
                <td className="p-2">{types(entry.targetType)} <span className="font-mono text-xs text-muted">{entry.targetId}</span></td>
                <td className="p-2">{entry.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
}
