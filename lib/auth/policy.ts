// The one place that says who may do what (issue 6). Every page, route handler and server
// action asks here, on the server; the UI asks the same questions only to hide buttons that
// would be refused anyway. Built with CASL: rules with conditions over the record a person acts
// on, so "a representative edits *their* organisation" is one rule, not an if in each action.
//
// Roles (PRODUCT.md): visitor (signed out) reads what is published; member (signed in) votes,
// reports, claims and proposes listings; a verified representative or official edits their own
// listing and posts for it; a moderator decides; an admin does everything and manages roles.
// Only VERIFIED memberships grant anything: a claim waiting for a moderator grants nothing.
import { AbilityBuilder, createMongoAbility, subject as tagSubject, type ForcedSubject, type MongoAbility } from "@casl/ability";
import { MembershipRole, MembershipStatus, UserRole, type PartnershipSide, type PollAudience } from "@/generated/prisma/enums";

/** What the policy needs of a person; lib/auth/viewer.ts's Viewer has this shape. */
export interface PolicyViewer {
  id: string;
  role: UserRole;
  memberships: { role: MembershipRole; status: MembershipStatus; organizationId: string | null; communityId: string | null }[];
}

export interface Subjects {
  Organization: { id: string; createdById?: string | null };
  Community: { id: string };
  Need: { communityId: string };
  Event: { organizationId: string | null; communityId: string | null };
  Announcement: { organizationId: string | null; communityId: string | null };
  Poll: { organizationId: string | null; communityId: string | null; audience: PollAudience };
  /** answeringSide matters only to "answer"; NULL there means the proposing side is unknown. */
  Partnership: {
    organizationId: string;
    communityId: string | null;
    partnerOrganizationId: string | null;
    answeringSide?: PartnershipSide | null;
  };
  Report: Record<string, never>;
  /** A public question about a milestone (issue 18); answering is "track" on its partnership. */
  MilestoneQuestion: Record<string, never>;
  /** The dated euro rates behind the recovery pages' EUR equivalents. */
  ExchangeRate: Record<string, never>;
  /** A dialogue (issue 19): its owner's people facilitate it ("update": approve statements, publish the report). */
  Dialogue: { organizationId: string | null; communityId: string | null };
  /** A community's priorities round: its officials run it ("update": approve ideas, turn one into a need). */
  PriorityRound: { communityId: string };
  /** An idea in a priorities round, put forward by any signed-in person. */
  PriorityIdea: Record<string, never>;
  Membership: { userId: string };
  ModerationQueue: Record<string, never>;
  User: { id: string; role?: UserRole };
}
export type SubjectName = keyof Subjects;

export type Action =
  | "create" // a new listing or post
  | "update" // edit it directly (published at once)
  | "suggest" // edit, but through a moderator (ChangeRequest)
  | "claim" // ask to represent it
  | "propose" // propose a partnership on its behalf
  | "respond" // act for a side of a partnership (complete it); see "answer" for proposals
  | "answer" // accept or decline a proposal: only the side stored as answeringSide
  | "track" // write to a partnership's recovery plan: milestones, money, evidence, answers to questions
  | "vote"
  | "nominate"
  | "import" // add listings in bulk from a file
  | "moderate" // approve, reject, archive, hide, verify people, merge, handle reports
  | "manageRoles"
  | "block" // block or unblock an account
  | "delete";

// Conditions are checked at run time against the plain objects of `Subjects` above.
type Tagged = { [K in SubjectName]: Subjects[K] & ForcedSubject<K> }[SubjectName];
type AppAbility = MongoAbility<[Action, SubjectName | Tagged]>;

export function abilityFor(viewer: PolicyViewer | null): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!viewer) return build(); // visitors read published pages, which need no rule

  const verified = viewer.memberships.filter((m) => m.status === MembershipStatus.VERIFIED);
  const orgIds = verified.filter((m) => m.role === MembershipRole.REPRESENTATIVE && m.organizationId).map((m) => m.organizationId!);
  const communityIds = verified.filter((m) => m.role === MembershipRole.OFFICIAL && m.communityId).map((m) => m.communityId!);
  const pendingOrgIds = viewer.memberships
    .filter((m) => m.status === MembershipStatus.PENDING && m.organizationId)
    .map((m) => m.organizationId!);

  // Every signed-in member
  can("create", "Organization"); // registers a new one: it waits for a moderator
  can("claim", "Organization");
  can("claim", "Community");
  can("create", "Report");
  can("create", "MilestoneQuestion"); // a resident asks where the bus is
  can("create", "PriorityIdea"); // residents, displaced residents and the diaspora put ideas forward
  can("vote", "PriorityRound"); // and rank them (the round's own window and once-only are the mutation's)
  can("vote", "Poll", { audience: "SIGNED_IN" });
  can("nominate", "Poll", { audience: "SIGNED_IN" });
  can("delete", "User", { id: viewer.id }); // their own account
  can("update", "User", { id: viewer.id });
  // Someone whose claim is pending (or who registered the listing) may suggest edits.
  can("suggest", "Organization", { id: { $in: pendingOrgIds } });
  can("suggest", "Organization", { createdById: viewer.id });

  // Verified representatives of organisations
  if (orgIds.length > 0) {
    can(["update", "suggest"], "Organization", { id: { $in: orgIds } });
    for (const noun of ["Event", "Announcement", "Poll", "Dialogue"] as const)
      can(["create", "update"], noun, { organizationId: { $in: orgIds } });
    can(["vote", "nominate"], "Poll", { organizationId: { $in: orgIds } });
    can("propose", "Partnership", { organizationId: { $in: orgIds } });
    can("respond", "Partnership", { organizationId: { $in: orgIds } });
    can("respond", "Partnership", { partnerOrganizationId: { $in: orgIds } });
    can("track", "Partnership", { organizationId: { $in: orgIds } });
    can("track", "Partnership", { partnerOrganizationId: { $in: orgIds } });
    can("answer", "Partnership", { answeringSide: "ORGANIZATION", organizationId: { $in: orgIds } });
    can("answer", "Partnership", { answeringSide: "PARTNER_ORGANIZATION", partnerOrganizationId: { $in: orgIds } });
  }
  // Verified officials of communities
  if (communityIds.length > 0) {
    can(["update", "suggest"], "Community", { id: { $in: communityIds } });
    can(["create", "update"], "Need", { communityId: { $in: communityIds } });
    for (const noun of ["Event", "Announcement", "Poll", "Dialogue", "PriorityRound"] as const)
      can(["create", "update"], noun, { communityId: { $in: communityIds } });
    can(["vote", "nominate"], "Poll", { communityId: { $in: communityIds } });
    can("propose", "Partnership", { communityId: { $in: communityIds } });
    can("respond", "Partnership", { communityId: { $in: communityIds } });
    can("track", "Partnership", { communityId: { $in: communityIds } });
    can("answer", "Partnership", { answeringSide: "COMMUNITY", communityId: { $in: communityIds } });
  }
  if (viewer.role === UserRole.MODERATOR || viewer.role === UserRole.ADMIN) {
    can("moderate", [
      "ModerationQueue",
      "Organization",
      "Community",
      "Need",
      "Event",
      "Announcement",
      "Poll",
      "Partnership",
      "Membership",
      "Report",
      "MilestoneQuestion",
      "Dialogue",
      "PriorityRound",
    ]);
    // Moderators correct a recovery plan (cancel a false milestone, remove evidence) but never
    // confirm one: confirmation is the other side's word (lib/recovery/mutations.ts).
    can("track", "Partnership");
    can("update", "ExchangeRate");
    can("import", ["Organization", "Community"]); // bulk import (lib/organization/import.ts, lib/community/import.ts)
    // Moderators correct listings directly, e.g. after a report.
    can("update", ["Organization", "Community", "Need", "Event", "Announcement", "Poll", "Dialogue", "PriorityRound"]);
    // A proposal whose proposing side is unknown (proposer gone before sides were stored).
    can("answer", "Partnership", { answeringSide: null });
    // Moderators block members; only admins block moderators and admins.
    can("block", "User", { role: UserRole.MEMBER });
  }
  if (viewer.role === UserRole.ADMIN) {
    can("manageRoles", "User");
    can("moderate", "User");
    can("block", "User");
  }
  // Blocking oneself would lock the last moderator or admin out with no way back.
  if (viewer.role === UserRole.MODERATOR || viewer.role === UserRole.ADMIN) cannot("block", "User", { id: viewer.id });
  return build();
}

/** May `viewer` do `action` to this kind of record (or to this record, when fields are given)? */
export function can<S extends SubjectName>(viewer: PolicyViewer | null, action: Action, subjectName: S, fields?: Subjects[S]): boolean {
  const ability = abilityFor(viewer);
  return fields ? ability.can(action, tagSubject(subjectName, { ...fields }) as Tagged) : ability.can(action, subjectName);
}

/** Thrown by `authorize`; the action layer turns it into a "not allowed" / "sign in" answer. */
export class NotAllowedError extends Error {
  constructor(
    readonly reason: "SIGN_IN_REQUIRED" | "FORBIDDEN",
    readonly action: Action,
    readonly subjectName: SubjectName,
  ) {
    super(`${reason}: ${action} ${subjectName}`);
    this.name = "NotAllowedError";
  }
}

/** Like `can`, but throws NotAllowedError: the first line of every mutation. */
export function authorize<S extends SubjectName>(
  viewer: PolicyViewer | null,
  action: Action,
  subjectName: S,
  fields?: Subjects[S],
): asserts viewer is PolicyViewer {
  if (!can(viewer, action, subjectName, fields)) {
    throw new NotAllowedError(viewer ? "FORBIDDEN" : "SIGN_IN_REQUIRED", action, subjectName);
  }
}
