// Every action the audit trail records, in one closed list: a write cannot invent a new name
// (recordAudit takes only these), and the trail can be read knowing what it may hold. Names are
// noun.past_tense. The AuditLog column stays text (no migration): old rows keep their names.
// Not server-only: the seed writes the same names.
import type { ListingType } from "@/lib/listing/kinds";

/** Each kind of listing as it is named in the trail (lib/listing/kinds.ts lists the kinds). */
export const LISTING_NOUNS = [
  "organization",
  "community",
  "event",
  "announcement",
  "poll",
  "partnership",
  "need",
  "dialogue",
  "dialogue_statement",
  "priority_round",
  "priority_idea",
] as const satisfies readonly Lowercase<ListingType>[];
type ListingNoun = (typeof LISTING_NOUNS)[number];
// Every kind has its noun: a kind added to lib/listing/kinds.ts without one fails here.
const everyKindNamed: Lowercase<ListingType> extends ListingNoun ? true : never = true;
void everyKindNamed;

/** What a moderator decides about any listing (lib/moderation). */
export const LISTING_DECISIONS = ["approved", "rejected", "archived", "hidden"] as const;
export type ListingDecisionAction = `${ListingNoun}.${(typeof LISTING_DECISIONS)[number]}`;

const OTHER_ACTIONS = [
  "organization.submitted",
  "organization.updated",
  "organization.merged",
  "organization.imported",
  "community.updated",
  "community.imported",
  "event.submitted",
  "event.updated",
  "announcement.submitted",
  "announcement.updated",
  "poll.submitted",
  "poll.updated",
  "dialogue.submitted",
  "dialogue.updated",
  "dialogue.report_published",
  "dialogue_statement.added",
  "priority_round.submitted",
  "priority_round.updated",
  "priority_idea.submitted",
  "priority_idea.need_created",
  "need.created",
  "need.updated",
  "partnership.proposed",
  "partnership.accepted",
  "partnership.declined",
  "partnership.completed",
  "milestone.created",
  "milestone.started",
  "milestone.delivered",
  "milestone.confirmed",
  "milestone.cancelled",
  "transaction.recorded",
  "evidence.added",
  "question.asked",
  "question.answered",
  "question.hidden",
  "rate.set",
  "change.requested",
  "change.withdrawn",
  "change.approved",
  "change.rejected",
  "membership.requested",
  "membership.verified",
  "membership.rejected",
  "membership.revoked",
  "report.created",
  "report.resolved",
  "report.dismissed",
  "user.role_changed",
  "user.blocked",
  "user.unblocked",
  "user.deleted",
] as const;

export type AuditAction = (typeof OTHER_ACTIONS)[number] | ListingDecisionAction;

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  ...OTHER_ACTIONS,
  ...LISTING_NOUNS.flatMap((noun) => LISTING_DECISIONS.map((decision): ListingDecisionAction => `${noun}.${decision}`)),
];
