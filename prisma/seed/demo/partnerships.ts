// Demo partnerships: community ↔ organisation (each addressing one or two of the community's
// needs) and a few organisation ↔ organisation. Every form and status appears; a need addressed
// by an active partnership is IN_PROGRESS, by a completed one MET (with metByPartnershipId).
import type { Prisma } from "../../../generated/prisma/client";
import {
  ModerationStatus,
  NeedStatus,
  OrganizationKind,
  PartnershipForm,
  PartnershipSide,
  PartnershipStatus,
} from "../../../generated/prisma/enums";
import { seedId, type Random } from "../util";
import { addDays, rngFor } from "./common";
import { BAKHMACH_KATOTTG, BEREZHANY_KATOTTG, communityNames, SHATSK_KATOTTG } from "./communities";
import type { DemoNeed } from "./needs";
import { RECOVERY_KATOTTGS, SCHOOL_BUS_NEED_SLUG } from "./needs";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { demoAccounts, userId } from "./people";
import { sectorVocabulary, type Text } from "./vocabulary";

export interface DemoPartnership {
  row: Prisma.PartnershipCreateManyInput & { id: string; slug: string; partnershipStatus: PartnershipStatus };
  needIds: string[];
}

const formText: Record<PartnershipForm, Text> = {
  LETTER_OF_INTENT: { uk: "лист про наміри", en: "letter of intent" },
  MEMORANDUM: { uk: "меморандум про співпрацю", en: "memorandum of cooperation" },
  AGREEMENT: { uk: "угода про співпрацю", en: "cooperation agreement" },
  JOINT_PROJECT: { uk: "спільний проєкт", en: "joint project" },
  DELEGATION_EXCHANGE: { uk: "обмін делегаціями", en: "exchange of delegations" },
  MEETINGS: { uk: "регулярні зустрічі", en: "regular meetings" },
  ORAL_AGREEMENT: { uk: "усна домовленість", en: "oral agreement" },
};

const statusText: Record<PartnershipStatus, Text> = {
  PROPOSED: { uk: "Пропозицію надіслано; друга сторона її розглядає.", en: "The proposal has been sent and is under consideration." },
  ACTIVE: { uk: "Співпраця триває.", en: "The cooperation is under way." },
  COMPLETED: { uk: "Проєкт завершено.", en: "The project has been completed." },
  DECLINED: {
    uk: "Друга сторона відхилила пропозицію: зараз у неї немає ресурсів на цей напрям.",
    en: "The other side declined: it has no capacity for this area at the moment.",
  },
};

const forms = Object.values(PartnershipForm);
/** 42 community partnerships: this many of each status, in a shuffled order. */
const statusPlan: [PartnershipStatus, number][] = [
  [PartnershipStatus.ACTIVE, 15],
  [PartnershipStatus.COMPLETED, 10],
  [PartnershipStatus.PROPOSED, 10],
  [PartnershipStatus.DECLINED, 7],
];

function dates(rng: Random, status: PartnershipStatus, today: Date) {
  switch (status) {
    case PartnershipStatus.ACTIVE: {
      const start = addDays(today, -rng.int(30, 300));
      return {
        startDate: start,
        endDate: rng.chance(0.6) ? addDays(today, rng.int(60, 400)) : null,
        proposedAt: addDays(start, -rng.int(14, 60)),
        decidedAt: start,
      };
    }
    case PartnershipStatus.COMPLETED: {
      const start = addDays(today, -rng.int(300, 600));
      return {
        startDate: start,
        endDate: addDays(today, -rng.int(10, 150)),
        proposedAt: addDays(start, -rng.int(14, 60)),
        decidedAt: start,
      };
    }
    case PartnershipStatus.PROPOSED:
      return { startDate: null, endDate: null, proposedAt: addDays(today, -rng.int(1, 20)), decidedAt: null };
    case PartnershipStatus.DECLINED: {
      const proposed = addDays(today, -rng.int(20, 90));
      return { startDate: null, endDate: null, proposedAt: proposed, decidedAt: addDays(proposed, rng.int(3, 15)) };
    }
  }
}

/** Public once both sides agreed; proposals and refusals stay between the parties. */
function moderationFor(status: PartnershipStatus): ModerationStatus {
  return status === PartnershipStatus.ACTIVE || status === PartnershipStatus.COMPLETED
    ? ModerationStatus.PUBLISHED
    : ModerationStatus.PENDING;
}

export function buildPartnerships(orgs: readonly DemoOrganization[], needs: DemoNeed[], today: Date): DemoPartnership[] {
  const rng = rngFor("partnerships");
  const published = orgs.filter((o) => o.row.status === ModerationStatus.PUBLISHED);
  const bySlug = new Map(orgs.map((o) => [o.row.slug, o]));
  const out: DemoPartnership[] = [];
  const pairs = new Set<string>();
  let formIndex = 0;

  const add = (org: DemoOrganization, linked: DemoNeed[], status: PartnershipStatus, form: PartnershipForm, proposer?: string) => {
    const first = linked[0];
    if (!first) return;
    const community = first.community;
    const names = communityNames(community.row);
    const slug = `${community.slug}-and-${org.row.slug}`;
    pairs.add(`${community.id}|${org.row.id}`);
    const id = seedId("partnership", slug);
    const when = dates(rng, status, today);
    out.push({
      needIds: linked.map((n) => n.row.id),
      row: {
        id,
        slug,
        communityId: community.id,
        organizationId: org.row.id,
        form,
        partnershipStatus: status,
        title: first.template.title,
        description: {
          uk: `Сторони: ${names.uk} та ${org.name.uk}. Форма співпраці: ${formText[form].uk}. ${statusText[status].uk}`,
          en: `Partners: ${names.en} and ${org.name.en}. Form of cooperation: ${formText[form].en}. ${statusText[status].en}`,
        },
        message:
          status === PartnershipStatus.PROPOSED || status === PartnershipStatus.DECLINED
            ? `Добрий день! Ми побачили на платформі, що ${org.name.uk} працює в напрямі «${sectorVocabulary[first.row.sector].label.uk}». Пропонуємо обговорити співпрацю щодо потреби «${first.template.title.uk}».`
            : null,
        startDate: when.startDate,
        endDate: when.endDate,
        proposedById: proposer ?? null,
        // The representative proposes for their organisation; otherwise the community wrote (see message).
        answeringSide: proposer ? PartnershipSide.COMMUNITY : PartnershipSide.ORGANIZATION,
        proposedAt: when.proposedAt,
        decidedAt: when.decidedAt,
        isDemo: true,
        status: moderationFor(status),
      },
    });
    for (const need of linked) {
      if (status === PartnershipStatus.ACTIVE && need.row.needStatus === NeedStatus.OPEN) need.row.needStatus = NeedStatus.IN_PROGRESS;
      if (status === PartnershipStatus.COMPLETED) {
        need.row.needStatus = NeedStatus.MET;
        need.row.metByPartnershipId = id;
      }
    }
  };

  // Hand-made ones first: Бережанська's youth exchange with Kryla (active), so the school bus
  // stays open and unpartnered for journey 3.
  const berezhanyCamp = needs.find((n) => n.community.row.katottg === BEREZHANY_KATOTTG && n.template.key === "language-camp");
  const kryla = bySlug.get(keyOrganizationSlugs.berlinYouth);
  if (berezhanyCamp && kryla) add(kryla, [berezhanyCamp], PartnershipStatus.ACTIVE, PartnershipForm.DELEGATION_EXCHANGE);
  const friends = bySlug.get(keyOrganizationSlugs.kyivNamed);
  const kyivNeed = needs.find(
    (n) => n.community.row.katottg === "UA80000000000093317" && friends && (friends.row.sectors as string[]).includes(n.row.sector),
  );
  if (friends && kyivNeed) add(friends, [kyivNeed], PartnershipStatus.ACTIVE, PartnershipForm.MEMORANDUM);

  const statuses = rng.shuffle(statusPlan.flatMap(([status, count]) => Array.from({ length: count }, () => status)));
  const protectedNeeds = new Set([SCHOOL_BUS_NEED_SLUG]);
  const pool = rng.shuffle(
    needs.filter(
      (n) =>
        !protectedNeeds.has(n.row.slug) &&
        !RECOVERY_KATOTTGS.has(n.community.row.katottg) &&
        n.row.status === ModerationStatus.PUBLISHED &&
        n.row.needStatus === NeedStatus.OPEN,
    ),
  );
  const representativeOrg = bySlug.get(keyOrganizationSlugs.berlinRepresentative);
  for (const status of statuses) {
    let need: DemoNeed | undefined;
    let matching: DemoOrganization[] = [];
    while ((need = pool.shift())) {
      const candidate = need;
      if (candidate.row.needStatus !== NeedStatus.OPEN) continue; // taken along by an earlier partnership
      matching = published.filter(
        (o) =>
          (o.row.sectors as string[]).includes(candidate.row.sector) &&
          !pairs.has(`${candidate.community.id}|${o.row.id}`) &&
          // The representative's organisation and Бережанська stay unpartnered: journey 3 creates that link.
          !(o === representativeOrg && candidate.community.row.katottg === BEREZHANY_KATOTTG),
      );
      if (matching.length > 0) break;
    }
    if (!need) break;
    const main = need;
    const org = rng.pick(matching);
    // Sometimes a second open need of the same community that the organisation also covers rides along.
    const companion = needs.find(
      (n) =>
        n !== main &&
        n.community === main.community &&
        n.row.needStatus === NeedStatus.OPEN &&
        n.row.status === ModerationStatus.PUBLISHED &&
        (org.row.sectors as string[]).includes(n.row.sector) &&
        !protectedNeeds.has(n.row.slug),
    );
    const linked = companion && rng.chance(0.5) ? [main, companion] : [main];
    const form = forms[formIndex++ % forms.length] as PartnershipForm;
    const proposer = org === representativeOrg ? userId(demoAccounts.representative) : undefined;
    add(org, linked, status, form, proposer);
  }

  // Organisation ↔ organisation: umbrella bodies with members, and donors with implementers.
  const networks = published.filter((o) => o.row.kind === OrganizationKind.NETWORK || o.row.kind === OrganizationKind.DONOR_AGENCY);
  const orgPlan: [PartnershipStatus, PartnershipForm][] = [
    [PartnershipStatus.ACTIVE, PartnershipForm.MEMORANDUM],
    [PartnershipStatus.ACTIVE, PartnershipForm.JOINT_PROJECT],
    [PartnershipStatus.COMPLETED, PartnershipForm.AGREEMENT],
    [PartnershipStatus.PROPOSED, PartnershipForm.MEETINGS],
    [PartnershipStatus.ACTIVE, PartnershipForm.LETTER_OF_INTENT],
    [PartnershipStatus.DECLINED, PartnershipForm.ORAL_AGREEMENT],
  ];
  for (const [i, [status, form]] of orgPlan.entries()) {
    const a = networks[i % Math.max(1, networks.length)];
    const candidates = published.filter((o) => a && o !== a && o.row.country === a.row.country && o.row.kind !== a.row.kind);
    if (!a || candidates.length === 0) continue;
    const b = rng.pick(candidates);
    const slug = `${a.row.slug}-and-${b.row.slug}`;
    if (out.some((p) => p.row.slug === slug)) continue;
    const when = dates(rng, status, today);
    out.push({
      needIds: [],
      row: {
        id: seedId("partnership", slug),
        slug,
        communityId: null,
        organizationId: a.row.id,
        partnerOrganizationId: b.row.id,
        answeringSide: PartnershipSide.PARTNER_ORGANIZATION,
        form,
        partnershipStatus: status,
        title: { uk: `${a.name.uk} і ${b.name.uk}`, en: `${a.name.en} and ${b.name.en}` },
        description: {
          uk: `Дві організації домовилися діяти разом: спільні заходи, обмін контактами громад і звітність перед донорами. Форма співпраці: ${formText[form].uk}. ${statusText[status].uk}`,
          en: `The two organisations agreed to act together: joint events, sharing community contacts and joint reporting to donors. Form of cooperation: ${formText[form].en}. ${statusText[status].en}`,
        },
        message:
          status === PartnershipStatus.PROPOSED || status === PartnershipStatus.DECLINED
            ? "Пропонуємо об'єднати зусилля та провести спільну зустріч членів."
            : null,
        startDate: when.startDate,
        endDate: when.endDate,
        proposedAt: when.proposedAt,
        decidedAt: when.decidedAt,
        isDemo: true,
        status: moderationFor(status),
      },
    });
  }

  // Last (so the draws above are unchanged): Шацька and Бахмацька, whose recovery plans the demo
  // shows (recovery.ts): vehicles from Lublin (done) and from Munich (under way).
  const recoveryPlans: [katottg: string, orgSlug: string, status: PartnershipStatus, form: PartnershipForm][] = [
    [SHATSK_KATOTTG, keyOrganizationSlugs.vehiclesLublin, PartnershipStatus.COMPLETED, PartnershipForm.AGREEMENT],
    [BAKHMACH_KATOTTG, keyOrganizationSlugs.vehiclesMunich, PartnershipStatus.ACTIVE, PartnershipForm.MEMORANDUM],
  ];
  for (const [katottg, orgSlug, status, form] of recoveryPlans) {
    const org = bySlug.get(orgSlug);
    const linked = needs.filter(
      (n) => n.community.row.katottg === katottg && n.row.status === ModerationStatus.PUBLISHED && n.row.needStatus === NeedStatus.OPEN,
    );
    if (org && linked.length > 0) add(org, linked, status, form);
  }
  return out;
}
