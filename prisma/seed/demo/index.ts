// The whole demo dataset as plain objects: a pure function of the official communities and the
// seeding day. prisma/seed/index.ts writes it; prisma/seed/seed.test.ts checks it without a database.
import type { Prisma } from "../../../generated/prisma/client";
import { buildAnnouncements, type DemoAnnouncement } from "./announcements";
import { startOfUtcDay } from "./common";
import { buildCommunityProfiles, selectProfiledCommunities, type DemoCommunityProfile, type OfficialCommunity } from "./communities";
import { buildEvents, keyEventSlugs, type DemoEvent } from "./events";
import { buildModeration, type DemoModeration } from "./moderation";
import { buildNeeds, RECOVERY_KATOTTGS, SCHOOL_BUS_NEED_SLUG, type DemoNeed } from "./needs";
import { buildOrganizations, keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { buildPartnerships, type DemoPartnership } from "./partnerships";
import { buildUsers, demoAccounts, type DemoUserRow } from "./people";
import { buildPolls, YOUTH_COUNCIL_POLL_SLUG, type DemoPolls } from "./polls";
import { buildPriorities, type DemoPriorities } from "./priorities";
import { buildRecovery, DEMO_EVIDENCE_PREFIX, type DemoEvidence, type DemoRecovery } from "./recovery";

export type { DemoEvidence, DemoRecovery, OfficialCommunity };
export { DEMO_EVIDENCE_PREFIX, demoAccounts, keyEventSlugs, keyOrganizationSlugs, SCHOOL_BUS_NEED_SLUG, YOUTH_COUNCIL_POLL_SLUG };

export interface DemoDataset {
  users: DemoUserRow[];
  organizations: DemoOrganization[];
  communityProfiles: DemoCommunityProfile[];
  needs: DemoNeed[];
  partnerships: DemoPartnership[];
  partnershipNeeds: Prisma.PartnershipNeedCreateManyInput[];
  events: DemoEvent[];
  announcements: DemoAnnouncement[];
  polls: DemoPolls;
  moderation: DemoModeration;
  /** Recovery plans of the public partnerships (issue 18). */
  recovery: DemoRecovery;
  /** Residents' priorities rounds in Бережанська, Шацька and Бахмацька (issue 19). */
  priorities: DemoPriorities;
}

/**
 * Builds the demo content. Deterministic: the same communities and the same UTC day give
 * identical output; slugs and ids do not depend on the day at all.
 */
export function buildDemoDataset(communities: readonly OfficialCommunity[], now: Date): DemoDataset {
  const today = startOfUtcDay(now);
  const users = buildUsers(today);
  const organizations = buildOrganizations(today);
  const communityProfiles = buildCommunityProfiles(selectProfiledCommunities(communities));
  const needs = buildNeeds(communityProfiles, today);
  const partnerships = buildPartnerships(organizations, needs, today);
  const partnershipNeeds = partnerships.flatMap((p) => p.needIds.map((needId) => ({ partnershipId: p.row.id, needId })));
  // Шацька and Бахмацька were added for the recovery plans: the builders below do not see them,
  // so their random picks stay what they were before.
  const earlier = (katottg: string) => !RECOVERY_KATOTTGS.has(katottg);
  const profiles = communityProfiles.filter((p) => earlier(p.community.row.katottg));
  const events = buildEvents(organizations, profiles, today);
  const announcements = buildAnnouncements(
    organizations,
    profiles,
    needs.filter((n) => earlier(n.community.row.katottg)),
    today,
  );
  const polls = buildPolls(organizations, profiles, today);
  const moderation = buildModeration(organizations, profiles, events, announcements, today);
  const recovery = buildRecovery(organizations, needs, partnerships, today);
  const priorities = buildPriorities(communityProfiles, today);
  return {
    users,
    organizations,
    communityProfiles,
    needs,
    partnerships,
    partnershipNeeds,
    events,
    announcements,
    polls,
    moderation,
    recovery,
    priorities,
  };
}
