// Roles, claims, reports and the audit trail of the seeded moderation decisions.
import type { Prisma } from "../../../generated/prisma/client";
import {
  MembershipRole,
  MembershipStatus,
  ModerationStatus,
  ReportReason,
  ReportStatus,
  TargetType,
} from "../../../generated/prisma/enums";
import type { AuditAction } from "../../../lib/audit/actions";
import { seedId } from "../util";
import { addDays, rngFor } from "./common";
import { BEREZHANY_KATOTTG, type DemoCommunityProfile } from "./communities";
import type { DemoAnnouncement } from "./announcements";
import type { DemoEvent } from "./events";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { demoAccounts, userId } from "./people";

export interface DemoModeration {
  memberships: (Prisma.MembershipCreateManyInput & { id: string })[];
  reports: (Prisma.ReportCreateManyInput & { id: string })[];
  auditLogs: (Prisma.AuditLogCreateManyInput & { id: string })[];
  follows: Prisma.FollowCreateManyInput[];
}

export function buildModeration(
  orgs: readonly DemoOrganization[],
  profiles: readonly DemoCommunityProfile[],
  events: readonly DemoEvent[],
  announcements: readonly DemoAnnouncement[],
  today: Date,
): DemoModeration {
  const rng = rngFor("moderation");
  const moderator = userId(demoAccounts.moderator);
  const u = (local: string) => userId(`${local}@demo.example`);
  const org = (slug: string) => {
    const found = orgs.find((o) => o.row.slug === slug);
    if (!found) throw new Error(`no organisation ${slug}`);
    return found;
  };
  const berezhany = profiles.find((p) => p.community.row.katottg === BEREZHANY_KATOTTG);
  if (!berezhany) throw new Error("Бережанська громада is not among the profiled communities");
  const bridges = org(keyOrganizationSlugs.berlinRepresentative);
  const kryla = org(keyOrganizationSlugs.berlinYouth);
  const lublin = org(keyOrganizationSlugs.vehiclesLublin);
  const krakow = orgs.find((o) => o.city.id === "pl-krakow" && o.row.status === ModerationStatus.PUBLISHED) ?? lublin;
  const otherCommunity = profiles.find((p) => p !== berezhany && !p.verified) ?? berezhany;

  const out: DemoModeration = { memberships: [], reports: [], auditLogs: [], follows: [] };
  const audit = (
    key: string,
    at: Date,
    action: AuditAction,
    targetType: TargetType,
    targetId: string,
    extra: Partial<Prisma.AuditLogCreateManyInput> = {},
  ) =>
    out.auditLogs.push({
      id: seedId("audit", key),
      at,
      actorId: moderator,
      actorRole: "moderator",
      action,
      targetType,
      targetId,
      ...extra,
    });

  const member = (key: string, row: Omit<Prisma.MembershipCreateManyInput, "id">) => {
    const id = seedId("membership", key);
    out.memberships.push({ id, ...row });
    return id;
  };
  // A moderator's decision on a claim: the membership as decided, and its entry in the trail.
  const decided = (
    keys: { membership: string; audit: string },
    status: typeof MembershipStatus.VERIFIED | typeof MembershipStatus.REJECTED,
    decidedAt: Date,
    row: Omit<Prisma.MembershipCreateManyInput, "id" | "status" | "decidedById" | "decidedAt">,
  ) => {
    const id = member(keys.membership, { ...row, status, decidedById: moderator, decidedAt });
    audit(
      keys.audit,
      decidedAt,
      status === MembershipStatus.VERIFIED ? "membership.verified" : "membership.rejected",
      TargetType.MEMBERSHIP,
      id,
      {
        ...(row.decisionReason ? { reason: row.decisionReason } : {}),
        before: { status: MembershipStatus.PENDING },
        after: { status },
      },
    );
  };
  decided({ membership: "official:berezhany", audit: "membership.verified:official" }, MembershipStatus.VERIFIED, addDays(today, -30), {
    userId: userId(demoAccounts.official),
    communityId: berezhany.community.id,
    role: MembershipRole.OFFICIAL,
    title: "Головна спеціалістка з міжнародної співпраці",
    evidenceEmail: `savchuk@${berezhany.community.slug}.hromada.example`,
    evidenceNote: "Наказ про призначення та службова пошта громади.",
  });
  decided(
    { membership: "representative:bridges", audit: "membership.verified:representative" },
    MembershipStatus.VERIFIED,
    addDays(today, -45),
    {
      userId: userId(demoAccounts.representative),
      organizationId: bridges.row.id,
      role: MembershipRole.REPRESENTATIVE,
      title: "Голова правління",
      evidenceUrl: `https://${bridges.row.slug}.example/team`,
    },
  );
  decided({ membership: "representative:kryla", audit: "membership.verified:kryla" }, MembershipStatus.VERIFIED, addDays(today, -60), {
    userId: u("anna.schneider"),
    organizationId: kryla.row.id,
    role: MembershipRole.REPRESENTATIVE,
    title: "Координаторка молодіжних програм",
    evidenceUrl: `https://${kryla.row.slug}.example/team`,
  });
  // Claims waiting for a moderator
  member("claim:krakow", {
    userId: u("olena.kravets"),
    organizationId: krakow.row.id,
    role: MembershipRole.REPRESENTATIVE,
    status: MembershipStatus.PENDING,
    title: "Координаторка проєктів",
    evidenceUrl: `https://${krakow.row.slug}.example/team`,
    evidenceNote: "Я координую проєкти організації з 2023 року; моє ім'я є на сторінці команди.",
  });
  member("claim:community", {
    userId: u("petro.shevchuk"),
    communityId: otherCommunity.community.id,
    role: MembershipRole.OFFICIAL,
    status: MembershipStatus.PENDING,
    title: "Начальник відділу економічного розвитку",
    evidenceEmail: `p.shevchuk@${otherCommunity.community.slug}.hromada.example`,
    evidenceNote: "Можу надіслати копію розпорядження голови громади.",
  });
  decided({ membership: "claim:lublin", audit: "membership.rejected:lublin" }, MembershipStatus.REJECTED, addDays(today, -12), {
    userId: u("jan.nowak"),
    organizationId: lublin.row.id,
    role: MembershipRole.REPRESENTATIVE,
    evidenceNote: "Jestem wolontariuszem.",
    decisionReason: "Волонтер не може представляти організацію; потрібне підтвердження від правління.",
  });

  // Listing decisions
  const approved = [
    bridges,
    kryla,
    ...rng.sample(
      orgs.filter((o) => o.row.status === ModerationStatus.PUBLISHED && o !== bridges && o !== kryla),
      5,
    ),
  ];
  for (const o of approved) {
    audit(
      `organization.approved:${o.row.slug}`,
      (o.row.publishedAt as Date | null) ?? addDays(today, -100),
      "organization.approved",
      TargetType.ORGANIZATION,
      o.row.id,
      {
        before: { status: ModerationStatus.PENDING },
        after: { status: ModerationStatus.PUBLISHED },
      },
    );
  }
  for (const o of orgs.filter((x) => x.row.status === ModerationStatus.REJECTED)) {
    audit(
      `organization.rejected:${o.row.slug}`,
      addDays(today, -rng.int(5, 40)),
      "organization.rejected",
      TargetType.ORGANIZATION,
      o.row.id,
      {
        reason: "Не вдалося підтвердити діяльність організації: сайт і контакти не відповідають.",
        before: { status: ModerationStatus.PENDING },
        after: { status: ModerationStatus.REJECTED },
      },
    );
  }

  // Reports: three open, one resolved.
  const report = (key: string, row: Omit<Prisma.ReportCreateManyInput, "id">) => {
    const id = seedId("report", key);
    out.reports.push({ id, ...row });
    return id;
  };
  const reportedOrg = rng.pick(orgs.filter((o) => o.row.status === ModerationStatus.PUBLISHED && o !== bridges && o !== kryla));
  report("org-wrong-info", {
    targetType: TargetType.ORGANIZATION,
    targetId: reportedOrg.row.id,
    reporterId: userId(demoAccounts.member),
    reason: ReportReason.WRONG_INFORMATION,
    details: "Сайт організації не відкривається, а адреса, здається, застаріла.",
    status: ReportStatus.OPEN,
    createdAt: addDays(today, -3),
  });
  const generatedEvents = events.filter((e) => e.organizationId && !e.slug.startsWith("bridges") && !e.slug.startsWith("kryla"));
  const reportedEvent = generatedEvents[0];
  if (reportedEvent) {
    report("event-duplicate", {
      targetType: TargetType.EVENT,
      targetId: reportedEvent.id,
      reporterId: u("olena.kravets"),
      reason: ReportReason.DUPLICATE,
      details: "Схоже, цей захід уже опублікувала інша організація з тією самою датою.",
      status: ReportStatus.OPEN,
      createdAt: addDays(today, -2),
    });
  }
  const reportedAnnouncement = announcements.find((a) => a.organizationId && a.organizationId !== bridges.row.id);
  if (reportedAnnouncement) {
    report("announcement-spam", {
      targetType: TargetType.ANNOUNCEMENT,
      targetId: reportedAnnouncement.id,
      reporterId: u("dmytro.hnatiuk"),
      reason: ReportReason.SPAM,
      details: "Текст більше схожий на рекламу, ніж на новину.",
      status: ReportStatus.OPEN,
      createdAt: addDays(today, -1),
    });
    const resolvedId = report("announcement-resolved", {
      targetType: TargetType.ANNOUNCEMENT,
      targetId: reportedAnnouncement.id,
      reporterId: u("jan.nowak"),
      reason: ReportReason.OTHER,
      details: "Помилка в сумі в англійській версії.",
      status: ReportStatus.RESOLVED,
      resolvedById: moderator,
      resolvedAt: addDays(today, -8),
      resolution: "Організація виправила суму.",
      createdAt: addDays(today, -10),
    });
    audit("report.resolved:announcement", addDays(today, -8), "report.resolved", TargetType.REPORT, resolvedId, {
      reason: "Організація виправила суму.",
      before: { status: ReportStatus.OPEN },
      after: { status: ReportStatus.RESOLVED },
    });
  }

  // member@demo.example follows the Berlin journey's organisation and community.
  const memberId = userId(demoAccounts.member);
  out.follows.push(
    { userId: memberId, targetType: TargetType.ORGANIZATION, targetId: bridges.row.id },
    { userId: memberId, targetType: TargetType.ORGANIZATION, targetId: kryla.row.id },
    { userId: memberId, targetType: TargetType.COMMUNITY, targetId: berezhany.community.id },
  );
  return out;
}
