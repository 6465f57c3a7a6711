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
  /** A milestone on that partnership's recovery plan, and a question about it. */
  milestoneId: string;
  questionId: string;
  /** The demo's open dialogue of the official's community, and a participant's statement waiting in it. */
  dialogueId: string;
  dialogueStatementId: string;
  pendingStatementId: string;
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
  const { id: milestoneId } = await prisma.milestone.create({
    data: { partnershipId, title: { en: "Matrix milestone" } },
    select: { id: true },
  });
  const { id: questionId } = await prisma.milestoneQuestion.create({
    data: { milestoneId, body: "Where is the bus we were promised?" },
    select: { id: true },
  });
  const dialogue = await prisma.dialogue.findFirstOrThrow({
    where: { communityId: berezhany.id, reportPublishedAt: null, status: "PUBLISHED" },
    select: { id: true, statements: { select: { id: true, status: true }, orderBy: { id: "asc" } } },
  });
  return {
    dialogueId: dialogue.id,
    dialogueStatementId: dialogue.statements.find((s) => s.status === "PUBLISHED")!.id,
    pendingStatementId: dialogue.statements.find((s) => s.status === "PENDING")!.id,
    partnershipId,
    milestoneId,
    questionId,
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
  input: (fx: Fixtures) => Record<string, string | string[] | File>;
  expect: Expectation;
  /** Runs after every other row: actions that end the fixture (deleting an account). */
  last?: boolean;
}

/** Who may: the roles named are allowed, the others denied. */
const only = (...allowed: Role[]): Expectation =>
  Object.fromEntries(roles.map((role) => [role, allowed.includes(role) ? "allow" : "deny"])) as Expectation;
const everyone = only(...roles);
const signedIn = only("member", "representative", "official", "moderator", "admin");
const moderators = only("moderator", "admin");
/** The representative of the organisation the row names (moderators and admins represent none). */
const representatives = only("representative");
/** Both sides of the fixture partnership (its organisation's representative, its community's official) and moderators. */
const sidesAndModerators = only("representative", "official", "moderator", "admin");
/** The official of the community the row names, and moderators, who correct any. */
const officialsAndModerators = only("official", "moderator", "admin");

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

/** A row of the matrix: the action, the form it is sent, who may use it. */
const row = (action: string, input: ActionRow["input"], expect: Expectation): ActionRow => ({ action, input, expect });

/** The rows of one kind of post: create<Kind>Action for the representative's organisation, update<Kind>Action of a missing one. */
function postRows(module: string, kind: "Poll" | "Event" | "Announcement", fields: Record<string, string>): ActionRow[] {
  return [
    row(`${module}#create${kind}Action`, (fx) => ({ locale: "en", owner: `organization:${fx.bridgesOrgId}`, ...fields }), representatives),
    row(`${module}#update${kind}Action`, (fx) => ({ [`${kind.toLowerCase()}Id`]: fx.missingId, slug: "missing", ...fields }), moderators),
  ];
}

export const actionRows: ActionRow[] = [
  // Dialogues (issue 19): anyone takes part, without an account; facilitators are the owner's people.
  row(
    "lib/dialogue/actions.ts#answerAction",
    (fx) => ({ dialogueId: fx.dialogueId, statementId: fx.dialogueStatementId, answer: "agree" }),
    everyone,
  ),
  row("lib/dialogue/actions.ts#positionAction", (fx) => ({ dialogueId: fx.dialogueId, position: "ABROAD" }), everyone),
  row(
    "lib/dialogue/actions.ts#addStatementAction",
    (fx) => ({ dialogueId: fx.dialogueId, text: `Matrix statement ${Math.random().toString(36).slice(2, 8)}`, locale: "en" }),
    everyone,
  ),
  row(
    "lib/dialogue/actions.ts#decideStatementAction",
    (fx) => ({ statementId: fx.pendingStatementId, decision: "approve" }),
    officialsAndModerators,
  ),
  row(
    "lib/dialogue/actions.ts#createDialogueAction",
    (fx) => ({
      locale: "en",
      owner: `organization:${fx.bridgesOrgId}`,
      questionEn: "Matrix dialogue question",
      statements: "First matrix statement\nSecond matrix statement",
      statementsLocale: "en",
      timeZone: "Europe/Berlin",
      opensLocal: "2030-01-10T09:00",
      closesLocal: "2030-01-20T18:00",
    }),
    representatives,
  ),
  row(
    "lib/dialogue/actions.ts#publishReportAction",
    (fx) => ({ dialogueId: fx.dialogueId, slug: "matrix", summaryEn: "Matrix summary" }),
    officialsAndModerators,
  ),

  // Signing in needs no permission: anyone may ask (rate-limited per address).
  row("app/[locale]/sign-in/actions.ts#requestSignInLink", () => ({ email: "someone@example.org", locale: "en" }), everyone),
  row("app/[locale]/sign-in/actions.ts#signInAsDemo", () => ({ email: "member@demo.example", locale: "en" }), everyone),
  row("app/[locale]/sign-in/actions.ts#signInWithProvider", () => ({ provider: "github", locale: "en" }), everyone),
  row("app/[locale]/sign-in/actions.ts#signOutAction", () => ({ locale: "en" }), everyone),

  row(
    "lib/organization/actions.ts#registerOrganizationAction",
    () => ({
      locale: "en",
      kind: "DIASPORA_ASSOCIATION",
      nameEn: "Matrix Test Association",
      country: "DE",
      city: "Berlin",
      precision: "CITY",
      languages: "uk",
    }),
    signedIn,
  ),
  row(
    "lib/organization/actions.ts#editOrganizationAction",
    (fx) => ({
      organizationId: fx.bridgesOrgId,
      slug: "bridges-for-schools-berlin",
      nameEn: `Bridges for Schools Berlin ${Math.random().toString(36).slice(2, 6)}`,
      languages: "uk, de",
    }),
    only("representative", "moderator", "admin"),
  ),
  row(
    "lib/membership/actions.ts#claimListingAction",
    (fx) => ({ targetType: "COMMUNITY", targetId: fx.otherCommunityId, title: "Head of international cooperation" }),
    signedIn,
  ),
  row(
    "lib/report/actions.ts#reportListingAction",
    (fx) => ({ targetType: "ORGANIZATION", targetId: fx.otherOrgId, reason: "WRONG_INFORMATION" }),
    signedIn,
  ),
  row("lib/account/actions.ts#updatePreferencesAction", () => ({ locale: "en", name: "Matrix" }), signedIn),
  // Only one's own notices: the mutation scopes every write by the viewer's id.
  row("lib/notification/actions.ts#markNoticeReadAction", (fx) => ({ noticeId: fx.missingId }), signedIn),
  row("lib/notification/actions.ts#markAllNoticesReadAction", () => ({}), signedIn),
  { ...row("lib/account/actions.ts#deleteAccountAction", () => ({ confirm: "DELETE", locale: "en" }), signedIn), last: true },

  row(
    "lib/need/actions.ts#createNeedAction",
    (fx) => ({
      communityId: fx.berezhanyId,
      communitySlug: "berezhanska-urban",
      locale: "en",
      titleEn: "Matrix test need",
      sector: "HEATING",
      cost: "1000",
      currency: "EUR",
    }),
    only("official"),
  ),
  // The community workspace: its verified official edits the profile and its needs (published at
  // once); moderators correct any community or need directly.
  row(
    "lib/community/actions.ts#updateCommunityAction",
    (fx) => ({
      communityId: fx.berezhanyId,
      slug: "berezhanska-urban",
      challengesEn: `Matrix challenges ${Math.random().toString(36).slice(2, 6)}`,
      languages: "uk, en",
      cooperationGoals: ["RECOVERY"],
    }),
    officialsAndModerators,
  ),
  row(
    "lib/need/actions.ts#updateNeedAction",
    (fx) => ({
      needId: fx.needId,
      communityId: fx.berezhanyId,
      communitySlug: "berezhanska-urban",
      titleEn: `Matrix need ${Math.random().toString(36).slice(2, 6)}`,
      sector: "HEATING",
      cost: "1000",
      currency: "EUR",
      needStatus: "IN_PROGRESS",
    }),
    officialsAndModerators,
  ),
  // "reopen" of a need that is not withdrawn: past the policy it answers ALREADY_DECIDED and changes nothing.
  row(
    "lib/need/actions.ts#withdrawNeedAction",
    (fx) => ({ needId: fx.needId, communitySlug: "berezhanska-urban", decision: "reopen" }),
    officialsAndModerators,
  ),
  row(
    "lib/partnership/actions.ts#proposePartnershipAction",
    (fx) => ({ organizationId: fx.bridgesOrgId, communityId: fx.otherCommunityId, form: "MEMORANDUM", message: "matrix" }),
    representatives,
  ),
  // The fixture was proposed by the organisation's side: only the community (its official) answers.
  row(
    "lib/partnership/actions.ts#respondToPartnershipAction",
    (fx) => ({ partnershipId: fx.partnershipId, decision: "accept" }),
    only("official"),
  ),
  row(
    "lib/partnership/actions.ts#completePartnershipAction",
    (fx) => ({ partnershipId: fx.partnershipId }),
    only("representative", "official"),
  ),
  // The recovery plan (issue 18): the partnership's two sides and moderators write to it. The
  // fixture is a proposal, so past the policy most answer NOT_AGREED; that is still "allow".
  row(
    "lib/recovery/actions.ts#addMilestoneAction",
    (fx) => ({ partnershipId: fx.partnershipId, titleEn: "Matrix step" }),
    sidesAndModerators,
  ),
  row(
    "lib/recovery/actions.ts#recordTransactionAction",
    (fx) => ({
      partnershipId: fx.partnershipId,
      flow: "COMMITMENT",
      amount: "100",
      currency: "EUR",
      date: "2026-01-01",
      providerSide: "ORGANIZATION",
    }),
    sidesAndModerators,
  ),
  row("lib/recovery/actions.ts#moveMilestoneAction", (fx) => ({ milestoneId: fx.milestoneId, step: "start" }), sidesAndModerators),
  row(
    "lib/recovery/actions.ts#addEvidenceAction",
    (fx) => ({ milestoneId: fx.milestoneId, file: new File(["%PDF-1.4\n%%EOF\n"], "receipt.pdf", { type: "application/pdf" }) }),
    sidesAndModerators,
  ),
  row(
    "lib/recovery/actions.ts#answerQuestionAction",
    (fx) => ({ questionId: fx.questionId, answer: "It arrives on Monday." }),
    sidesAndModerators,
  ),
  // Anyone signed in asks (a proposal's milestone is not public: NOT_FOUND past the policy).
  row("lib/recovery/actions.ts#askQuestionAction", (fx) => ({ milestoneId: fx.milestoneId, body: "When will the bus arrive?" }), signedIn),
  row("lib/recovery/actions.ts#hideQuestionAction", (fx) => ({ questionId: fx.missingId }), moderators),
  row(
    "lib/recovery/actions.ts#setExchangeRateAction",
    () => ({ currency: "UAH", validFrom: "2026-02-01", eurPerUnit: "0.0215" }),
    moderators,
  ),
  // Voting: any signed-in person gets past the policy for a public poll (a missing poll answers NOT_FOUND);
  // members-only polls and once-only are tested in tests/integration/polls.test.ts.
  row("lib/poll/actions.ts#castVoteAction", (fx) => ({ pollId: fx.missingId, optionId: fx.missingId }), signedIn),
  row("lib/poll/actions.ts#nominateAction", (fx) => ({ pollId: fx.missingId, labelEn: "Matrix Candidate" }), signedIn),
  // Approving a nomination is the poll owner's (or a moderator's) edit; a missing option has no owner.
  row("lib/poll/actions.ts#approveNominationAction", (fx) => ({ optionId: fx.missingId }), moderators),
  // Posting a poll, an event or an announcement is posting for one's own organisation (it waits
  // for a moderator); the official, moderators and admins represent no organisation, so they may
  // not post for this one. Editing one: its organiser's own (a missing post has no owner), or any
  // for moderators.
  ...postRows("lib/poll/actions.ts", "Poll", pollFields),
  ...postRows("lib/event/actions.ts", "Event", eventFields),
  ...postRows("lib/announcement/actions.ts", "Announcement", announcementFields),

  row(
    "lib/moderation/actions.ts#decideListingsAction",
    (fx) => ({ type: "ORGANIZATION", ids: [fx.pendingOrgId], decision: "approve" }),
    moderators,
  ),
  row("lib/moderation/actions.ts#decideClaimAction", (fx) => ({ membershipId: fx.missingId, decision: "approve" }), moderators),
  row(
    "lib/moderation/actions.ts#decideChangeAction",
    (fx) => ({ changeRequestId: fx.missingId, decision: "reject", reason: "test" }),
    moderators,
  ),
  row("lib/user/actions.ts#setUserRoleAction", (fx) => ({ userId: fx.missingId, role: "MODERATOR" }), only("admin")),
  row(
    "lib/moderation/actions.ts#mergeOrganizationsAction",
    (fx) => ({ duplicateId: fx.missingId, intoSlug: "bridges-for-schools-berlin", reason: "duplicate" }),
    moderators,
  ),
  row("lib/moderation/actions.ts#resolveReportAction", (fx) => ({ reportId: fx.missingId, outcome: "dismiss" }), moderators),
  // Without a file: moderators get past the policy to "no file"; tests/integration/import.test.ts imports real files.
  row("lib/organization/actions.ts#importOrganizationsAction", () => ({ status: "PENDING" }), moderators),
  // The same for community profiles; tests/integration/import-communities.test.ts imports real files.
  row("lib/community/actions.ts#importCommunityProfilesAction", () => ({}), moderators),
  row(
    "lib/moderation/actions.ts#revokeMembershipAction",
    (fx) => ({ membershipId: fx.missingId, reason: "left the organisation" }),
    moderators,
  ),
  // Moderators block members, admins anyone but themselves (tests/integration/roles-hardening.test.ts).
  row("lib/user/actions.ts#setBlockedAction", (fx) => ({ userId: fx.missingId, decision: "block", reason: "spam" }), moderators),
  // Residents' priorities (issue 19): the community's official opens a round (it waits for a
  // moderator); anyone signed in puts ideas forward and ranks them (a missing round answers
  // NOT_FOUND past the policy); deciding an idea is for the round's officials and moderators (a
  // missing idea has no community: moderators only). tests/integration/priorities.test.ts has the rest.
  row(
    "lib/priorities/actions.ts#createRoundAction",
    (fx) => ({
      communityId: fx.berezhanyId,
      communitySlug: "berezhanska-urban",
      locale: "en",
      questionEn: "Matrix priorities question",
      points: "10",
      timeZone: "Europe/Kyiv",
      opensLocal: "2030-01-10T09:00",
      ideasCloseLocal: "2030-01-20T18:00",
      closesLocal: "2030-01-30T18:00",
    }),
    only("official"),
  ),
  row("lib/priorities/actions.ts#submitIdeaAction", (fx) => ({ roundId: fx.missingId, title: "Matrix idea", lang: "en" }), signedIn),
  row("lib/priorities/actions.ts#decideIdeaAction", (fx) => ({ ideaId: fx.missingId, decision: "approve" }), moderators),
  row(
    "lib/priorities/actions.ts#rankPrioritiesAction",
    (fx) => ({ roundId: fx.missingId, position: "RESIDENT", ideaId: [fx.missingId], points: ["5"] }),
    signedIn,
  ),
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
