// The authorization matrix (issue 6): every server action and every mutating route handler,
// with who may use it. tests/integration/authorization.test.ts discovers all of them in the
// source tree and fails when one has no row here, then calls each real action as each role
// against a seeded PostgreSQL database and checks the policy let it through or refused it.
//
// A row's `input` builds the FormData from fixture ids (made by createFixtures). "allow" means the
// action went past the policy (its result may still be a refusal of another kind, e.g.
// ALREADY_DECIDED); "deny" means it answered SIGN_IN_REQUIRED or FORBIDDEN and changed nothing.

import type { PrismaClient } from "@/generated/prisma/client";
import type { PartnershipSide } from "@/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { demoViewers } from "../support/seeded-database";

export const roles = ["visitor", "member", "representative", "official", "moderator", "admin"] as const;
export type Role = (typeof roles)[number];
export type Expectation = Record<Role, "allow" | "deny">;

export interface Fixtures {
  bridgesOrgId: string; // the representative's organisation
  otherOrgId: string; // an organisation nobody in the matrix represents
  berezhanyId: string; // the official's community
  otherCommunityId: string;
  pendingOrgId: string;
  missingId: string;
  /** A partnership the representative's organisation proposed to the official's community (answeringSide COMMUNITY). */
  partnershipId: string;
  /** A need of the official's community (from the seed). */
  needId: string;
}

/** The fixtures in the demo database, with a partnership the representative's organisation proposes to the official's community. */
export async function createFixtures(prisma: PrismaClient, proposal: { slug: string; answeringSide?: PartnershipSide }): Promise<Fixtures> {
  const org = (slug: string) => prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } }).then((o) => o.id);
  const berezhany = await prisma.community.findUniqueOrThrow({ where: { slug: "berezhanska-urban" }, select: { id: true } });
  const other = await prisma.community.findFirstOrThrow({
    where: { slug: { not: "berezhanska-urban" }, memberships: { none: {} } },
    select: { id: true },
  });
  const pending = await prisma.organization.findFirstOrThrow({ where: { status: "PENDING" }, select: { id: true } });
  const need = await prisma.need.findFirstOrThrow({ where: { communityId: berezhany.id }, orderBy: { slug: "asc" }, select: { id: true } });
  const bridgesOrgId = await org("bridges-for-schools-berlin");
  const { id: partnershipId } = await prisma.partnership.create({
    data: {
      ...proposal,
      organizationId: bridgesOrgId,
      communityId: berezhany.id,
      form: "MEMORANDUM",
      partnershipStatus: "PROPOSED",
      status: "PENDING",
    },
    select: { id: true },
  });
  return {
    partnershipId,
    bridgesOrgId,
    otherOrgId: await org("friends-of-kyiv-toronto"),
    berezhanyId: berezhany.id,
    otherCommunityId: other.id,
    pendingOrgId: pending.id,
    missingId: "c000000000000000000000000",
    needId: need.id,
  };
}

/** The person each role acts as: nobody for a visitor, the demo account of the role otherwise. */
export async function roleViewers(prisma: PrismaClient): Promise<Map<Role, Viewer | null>> {
  const viewers = new Map<Role, Viewer | null>([["visitor", null]]);
  for (const [role, viewer] of await demoViewers({ prisma })) viewers.set(role, viewer);
  return viewers;
}

export interface ActionRow {
  /** "path/to/module.ts#exportName" */
  action: string;
  input: (fx: Fixtures) => Record<string, string | string[]>;
  expect: Expectation;
  /** Runs after every other row: actions that end the fixture (deleting an account). */
  last?: boolean;
}

const everyone: Expectation = {
  visitor: "allow",
  member: "allow",
  representative: "allow",
  official: "allow",
  moderator: "allow",
  admin: "allow",
};
const signedIn: Expectation = {
  visitor: "deny",
  member: "allow",
  representative: "allow",
  official: "allow",
  moderator: "allow",
  admin: "allow",
};
const moderators: Expectation = {
  visitor: "deny",
  member: "deny",
  representative: "deny",
  official: "deny",
  moderator: "allow",
  admin: "allow",
};
/** The representative of the organisation the row names (moderators and admins represent none). */
const representatives: Expectation = {
  visitor: "deny",
  member: "deny",
  representative: "allow",
  official: "deny",
  moderator: "deny",
  admin: "deny",
};
/** The official of the community the row names, and moderators, who correct any. */
const officialsAndModerators: Expectation = {
  visitor: "deny",
  member: "deny",
  representative: "deny",
  official: "allow",
  moderator: "allow",
  admin: "allow",
};

// A post's fields, the same for creating it and for editing it.
const pollFields = {
  questionEn: "Matrix poll question",
  optionsEn: "Yes\nNo",
  audience: "SIGNED_IN",
  isAnonymous: "on",
  resultsVisibility: "ALWAYS",
  timeZone: "Europe/Berlin",
  opensLocal: "2030-01-10T09:00",
  closesLocal: "2030-01-20T18:00",
};
const eventFields = {
  type: "WEBINAR",
  titleEn: "Matrix webinar",
  timeZone: "Europe/Berlin",
  startsLocal: "2030-01-10T18:00",
  endsLocal: "2030-01-10T19:00",
  isOnline: "on",
  onlineUrl: "https://meet.example/matrix",
  languages: "en",
};
const announcementFields = { titleEn: "Matrix announcement", bodyEn: "Matrix **body**" };

/** The rows of one kind of post: create<Kind>Action for the representative's organisation, update<Kind>Action of a missing one. */
function postRows(module: string, kind: "Poll" | "Event" | "Announcement", fields: Record<string, string>): ActionRow[] {
  return [
    {
      action: `${module}#create${kind}Action`,
      input: (fx) => ({ locale: "en", owner: `organization:${fx.bridgesOrgId}`, ...fields }),
      expect: representatives,
    },
    {
      action: `${module}#update${kind}Action`,
      input: (fx) => ({ [`${kind.toLowerCase()}Id`]: fx.missingId, slug: "missing", ...fields }),
      expect: moderators,
    },
  ];
}

export const actionRows: ActionRow[] = [
  // Signing in needs no permission: anyone may ask (rate-limited per address).
  {
    action: "app/[locale]/sign-in/actions.ts#requestSignInLink",
    input: () => ({ email: "someone@example.org", locale: "en" }),
    expect: everyone,
  },
  {
    action: "app/[locale]/sign-in/actions.ts#signInAsDemo",
    input: () => ({ email: "member@demo.example", locale: "en" }),
    expect: everyone,
  },
  { action: "app/[locale]/sign-in/actions.ts#signInWithProvider", input: () => ({ provider: "github", locale: "en" }), expect: everyone },
  { action: "app/[locale]/sign-in/actions.ts#signOutAction", input: () => ({ locale: "en" }), expect: everyone },

  {
    action: "lib/organization/actions.ts#registerOrganizationAction",
    input: () => ({
      locale: "en",
      kind: "DIASPORA_ASSOCIATION",
      nameEn: "Matrix Test Association",
      country: "DE",
      city: "Berlin",
      precision: "CITY",
      languages: "uk",
    }),
    expect: signedIn,
  },
  {
    action: "lib/organization/actions.ts#editOrganizationAction",
    input: (fx) => ({
      organizationId: fx.bridgesOrgId,
      slug: "bridges-for-schools-berlin",
      nameEn: `Bridges for Schools Berlin ${Math.random().toString(36).slice(2, 6)}`,
      languages: "uk, de",
    }),
    expect: { visitor: "deny", member: "deny", representative: "allow", official: "deny", moderator: "allow", admin: "allow" },
  },
  {
    action: "lib/membership/actions.ts#claimListingAction",
    input: (fx) => ({ targetType: "COMMUNITY", targetId: fx.otherCommunityId, title: "Head of international cooperation" }),
    expect: signedIn,
  },
  {
    action: "lib/report/actions.ts#reportListingAction",
    input: (fx) => ({ targetType: "ORGANIZATION", targetId: fx.otherOrgId, reason: "WRONG_INFORMATION" }),
    expect: signedIn,
  },
  { action: "lib/account/actions.ts#updatePreferencesAction", input: () => ({ locale: "en", name: "Matrix" }), expect: signedIn },
  {
    action: "lib/account/actions.ts#deleteAccountAction",
    input: () => ({ confirm: "DELETE", locale: "en" }),
    expect: signedIn,
    last: true,
  },

  {
    action: "lib/need/actions.ts#createNeedAction",
    input: (fx) => ({
      communityId: fx.berezhanyId,
      communitySlug: "berezhanska-urban",
      locale: "en",
      titleEn: "Matrix test need",
      sector: "HEATING",
      cost: "1000",
      currency: "EUR",
    }),
    expect: { visitor: "deny", member: "deny", representative: "deny", official: "allow", moderator: "deny", admin: "deny" },
  },
  // The community workspace: its verified official edits the profile and its needs (published at
  // once); moderators correct any community or need directly.
  {
    action: "lib/community/actions.ts#updateCommunityAction",
    input: (fx) => ({
      communityId: fx.berezhanyId,
      slug: "berezhanska-urban",
      challengesEn: `Matrix challenges ${Math.random().toString(36).slice(2, 6)}`,
      languages: "uk, en",
      cooperationGoals: ["RECOVERY"],
    }),
    expect: officialsAndModerators,
  },
  {
    action: "lib/need/actions.ts#updateNeedAction",
    input: (fx) => ({
      needId: fx.needId,
      communityId: fx.berezhanyId,
      communitySlug: "berezhanska-urban",
      titleEn: `Matrix need ${Math.random().toString(36).slice(2, 6)}`,
      sector: "HEATING",
      cost: "1000",
      currency: "EUR",
      needStatus: "IN_PROGRESS",
    }),
    expect: officialsAndModerators,
  },
  {
    action: "lib/partnership/actions.ts#proposePartnershipAction",
    input: (fx) => ({ organizationId: fx.bridgesOrgId, communityId: fx.otherCommunityId, form: "MEMORANDUM", message: "matrix" }),
    expect: representatives,
  },
  // The fixture was proposed by the organisation's side: only the community (its official) answers.
  {
    action: "lib/partnership/actions.ts#respondToPartnershipAction",
    input: (fx) => ({ partnershipId: fx.partnershipId, decision: "accept" }),
    expect: { visitor: "deny", member: "deny", representative: "deny", official: "allow", moderator: "deny", admin: "deny" },
  },
  {
    action: "lib/partnership/actions.ts#completePartnershipAction",
    input: (fx) => ({ partnershipId: fx.partnershipId }),
    expect: { visitor: "deny", member: "deny", representative: "allow", official: "allow", moderator: "deny", admin: "deny" },
  },
  // Voting: any signed-in person gets past the policy for a public poll (a missing poll answers NOT_FOUND);
  // members-only polls and once-only are tested in tests/integration/polls.test.ts.
  { action: "lib/poll/actions.ts#castVoteAction", input: (fx) => ({ pollId: fx.missingId, optionId: fx.missingId }), expect: signedIn },
  {
    action: "lib/poll/actions.ts#nominateAction",
    input: (fx) => ({ pollId: fx.missingId, labelEn: "Matrix Candidate" }),
    expect: signedIn,
  },
  // Approving a nomination is the poll owner's (or a moderator's) edit; a missing option has no owner.
  { action: "lib/poll/actions.ts#approveNominationAction", input: (fx) => ({ optionId: fx.missingId }), expect: moderators },
  // Posting a poll, an event or an announcement is posting for one's own organisation (it waits
  // for a moderator); the official, moderators and admins represent no organisation, so they may
  // not post for this one. Editing one: its organiser's own (a missing post has no owner), or any
  // for moderators.
  ...postRows("lib/poll/actions.ts", "Poll", pollFields),
  ...postRows("lib/event/actions.ts", "Event", eventFields),
  ...postRows("lib/announcement/actions.ts", "Announcement", announcementFields),

  {
    action: "lib/moderation/actions.ts#decideListingsAction",
    input: (fx) => ({ type: "ORGANIZATION", ids: [fx.pendingOrgId], decision: "approve" }),
    expect: moderators,
  },
  {
    action: "lib/moderation/actions.ts#decideClaimAction",
    input: (fx) => ({ membershipId: fx.missingId, decision: "approve" }),
    expect: moderators,
  },
  {
    action: "lib/moderation/actions.ts#decideChangeAction",
    input: (fx) => ({ changeRequestId: fx.missingId, decision: "reject", reason: "test" }),
    expect: moderators,
  },
  {
    action: "lib/user/actions.ts#setUserRoleAction",
    input: (fx) => ({ userId: fx.missingId, role: "MODERATOR" }),
    expect: { visitor: "deny", member: "deny", representative: "deny", official: "deny", moderator: "deny", admin: "allow" },
  },
  {
    action: "lib/moderation/actions.ts#mergeOrganizationsAction",
    input: (fx) => ({ duplicateId: fx.missingId, intoSlug: "bridges-for-schools-berlin", reason: "duplicate" }),
    expect: moderators,
  },
  {
    action: "lib/moderation/actions.ts#resolveReportAction",
    input: (fx) => ({ reportId: fx.missingId, outcome: "dismiss" }),
    expect: moderators,
  },
  {
    action: "lib/moderation/actions.ts#revokeMembershipAction",
    input: (fx) => ({ membershipId: fx.missingId, reason: "left the organisation" }),
    expect: moderators,
  },
  // Moderators block members, admins anyone but themselves (tests/integration/roles-hardening.test.ts).
  {
    action: "lib/user/actions.ts#setBlockedAction",
    input: (fx) => ({ userId: fx.missingId, decision: "block", reason: "spam" }),
    expect: moderators,
  },
];

/**
 * Mutating route handlers. Each says who may call it and why; handlers that do their own
 * authorization through lib/auth/policy.ts get an action-style row instead.
 */
export const routeRows: { route: string; methods: string[]; who: "public"; why: string }[] = [
  {
    route: "app/api/auth/[...nextauth]/route.ts",
    methods: ["POST"],
    who: "public",
    why: "next-auth's own sign-in/sign-out endpoints, CSRF-protected by next-auth",
  },
];
