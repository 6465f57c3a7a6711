import "server-only";
// /api/v1/recovery and its CSV (issue 18, point 6): the same public rows and the same totals the
// recovery pages show (lib/recovery/queries.ts), as JSON and as one CSV row per transaction.
import type { z } from "zod";
import type { recoveryResponse } from "@/lib/api/schemas";
import { listingName } from "@/lib/i18n/localized-text";
import { minorToUnits } from "@/lib/money/minor";
import { absoluteUrl } from "@/lib/site/origin";
import type { RecoveryFilters } from "./filters";
import { iatiActivityXml } from "./iati";
import { iatiPartnership, partnershipPlan, publicCommunityId, recoveryTimeline, recoveryTotalsFor, recoveryTransactions } from "./queries";
import { FLOWS, type RecoveryTotals } from "./totals";

export type RecoveryBody = z.infer<typeof recoveryResponse>;

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The id of a public community by slug; undefined when none was asked for, null when it is not public. */
export async function communityIdOf(slug: string | null): Promise<string | null | undefined> {
  return slug ? publicCommunityId(slug) : undefined;
}

export function totalsBody(totals: RecoveryTotals): RecoveryBody["totals"] {
  const flow = (name: (typeof FLOWS)[number]) => ({
    byCurrency: totals.flows[name].byCurrency.map((c) => ({ currency: c.currency, amount: minorToUnits(c.minor) })),
    eurEquivalent: totals.flows[name].eurMinor === null ? null : minorToUnits(totals.flows[name].eurMinor!),
  });
  return {
    COMMITMENT: flow("COMMITMENT"),
    DISBURSEMENT: flow("DISBURSEMENT"),
    EXPENDITURE: flow("EXPENDITURE"),
    ratesAsOf: isoDay(totals.ratesAsOf),
    transactions: totals.transactions,
  };
}

export async function recoveryBody(filters: RecoveryFilters, communityId?: string): Promise<RecoveryBody> {
  const [totals, timeline, transactions] = await Promise.all([
    recoveryTotalsFor(filters, communityId),
    recoveryTimeline(filters, communityId),
    recoveryTransactions(filters, communityId),
  ]);
  return {
    totals: totalsBody(totals),
    milestones: timeline.milestones.map((m) => ({
      id: m.id,
      title: m.title as Record<string, string>,
      status: m.milestoneStatus,
      plannedDate: isoDay(m.plannedDate),
      deliveredAt: m.deliveredAt?.toISOString() ?? null,
      confirmedAt: m.confirmedAt?.toISOString() ?? null,
      partnership: {
        slug: m.partnership.slug,
        url: absoluteUrl(`/en/partnerships/${m.partnership.slug}`),
        iati: absoluteUrl(`/api/v1/partnerships/${m.partnership.slug}/iati.xml`),
      },
      community: m.partnership.community ? { slug: m.partnership.community.slug, oblast: m.partnership.community.oblastCode } : null,
      needs: m.needs.map(({ need }) => ({ slug: need.slug, sector: need.sector })),
      registryProjectId: m.registryProjectId,
      tenderId: m.tenderId,
      evidence: m.evidence.map((e) => ({ url: absoluteUrl(`/api/v1/evidence/${e.id}`), kind: e.kind })),
    })),
    milestonesTotal: timeline.total,
    transactions: transactions.map((t) => ({
      id: t.id,
      milestoneId: t.milestoneId,
      partnership: t.partnership.slug,
      flow: t.flow,
      amount: minorToUnits(t.amountMinor),
      currency: t.currency,
      date: isoDay(t.date)!,
      provider: t.providerSide,
      receiver: t.receiverSide,
      inKind: t.inKind,
      quantity: t.quantity,
      item: t.item,
    })),
  };
}

export const RECOVERY_CSV_COLUMNS = [
  "transaction_id",
  "date",
  "flow",
  "amount",
  "currency",
  "in_kind",
  "quantity",
  "item",
  "provider_side",
  "receiver_side",
  "partnership",
  "organization",
  "organization_country",
  "community",
  "oblast",
  "milestone_id",
  "milestone_status",
] as const;

/** One row per public transaction, for the CSV download. */
export async function recoveryCsvRows(
  filters: RecoveryFilters,
  communityId?: string,
): Promise<Record<(typeof RECOVERY_CSV_COLUMNS)[number], string | number | boolean | null>[]> {
  const rows = await recoveryTransactions(filters, communityId);
  return rows.map((t) => ({
    transaction_id: t.id,
    date: isoDay(t.date),
    flow: t.flow,
    amount: minorToUnits(t.amountMinor),
    currency: t.currency,
    in_kind: t.inKind,
    quantity: t.quantity,
    item: t.item,
    provider_side: t.providerSide,
    receiver_side: t.receiverSide,
    partnership: t.partnership.slug,
    organization: t.partnership.organization.slug,
    organization_country: t.partnership.organization.country,
    community: t.partnership.community?.slug ?? null,
    oblast: t.partnership.community?.oblastCode ?? null,
    milestone_id: t.milestoneId,
    milestone_status: t.milestone?.milestoneStatus ?? null,
  }));
}

/** A public partnership as an IATI activity document, or null when there is none by this slug. */
export async function iatiActivityFor(slug: string): Promise<string | null> {
  const partnership = await iatiPartnership(slug);
  if (!partnership) return null;
  const plan = await partnershipPlan(partnership.id);
  const names = {
    ORGANIZATION: listingName(partnership.organization.name),
    COMMUNITY: partnership.community ? listingName(partnership.community.name) : "",
    PARTNER_ORGANIZATION: partnership.partnerOrganization ? listingName(partnership.partnerOrganization.name) : "",
  };
  const partner = partnership.community
    ? {
        name: names.COMMUNITY,
        kind: "community" as const,
        country: "UA",
        point: { lat: partnership.community.publicLat, lng: partnership.community.publicLng },
      }
    : { name: names.PARTNER_ORGANIZATION, kind: "organization" as const, country: partnership.partnerOrganization?.country ?? "" };
  const transactions = [...plan.milestones.flatMap((m) => m.transactions), ...plan.loose].sort(
    (a, b) => a.date.getTime() - b.date.getTime(),
  );
  const latest = [partnership.updatedAt, ...transactions.map((t) => t.createdAt)].reduce((a, b) => (a > b ? a : b));
  return iatiActivityXml({
    identifier: `XX-DIASPORA-ATLAS-${partnership.slug}`,
    lastUpdated: latest,
    title: partnership.title as Record<string, string>,
    description: partnership.description as Record<string, string>,
    status: partnership.partnershipStatus === "COMPLETED" ? "COMPLETED" : "ACTIVE",
    startDate: partnership.startDate,
    endDate: partnership.endDate,
    organization: { name: names.ORGANIZATION, country: partnership.organization.country },
    partner,
    url: absoluteUrl(`/en/partnerships/${partnership.slug}`),
    transactions: transactions.map((t) => ({
      flow: t.flow,
      date: t.date,
      amount: minorToUnits(t.amountMinor),
      currency: t.currency,
      provider: names[t.providerSide],
      receiver: names[t.receiverSide],
      description: t.inKind && t.item ? `${t.quantity ?? 1} × ${t.item} (in kind, estimated value)` : t.note,
    })),
    milestones: plan.milestones.map((m) => ({
      title: m.title as Record<string, string>,
      status: m.milestoneStatus,
      evidence: m.evidence.map((e) => ({
        url: absoluteUrl(`/api/v1/evidence/${e.id}`),
        contentType: e.contentType,
        title: e.caption ?? e.fileName,
      })),
    })),
  });
}
