// Demo needs of the profiled communities. Statuses start OPEN; partnerships (partnerships.ts)
// move the ones they address to IN_PROGRESS or MET, so the two always agree.
import type { Prisma } from "../../../generated/prisma/client";
import { ModerationStatus, NeedStatus, Sector, Urgency, type AidType } from "../../../generated/prisma/enums";
import { unitsToMinor } from "../../../lib/money/minor";
import { seedId } from "../util";
import { addDays, roundAmount, rngFor } from "./common";
import {
  BAKHMACH_KATOTTG,
  BEREZHANY_KATOTTG,
  KYIV_KATOTTG,
  SHATSK_KATOTTG,
  type DemoCommunityProfile,
  type OfficialCommunity,
} from "./communities";
import { perEuro, schoolBusNeed, sectors, sectorVocabulary, type NeedTemplate } from "./vocabulary";

export interface DemoNeed {
  row: Prisma.NeedCreateManyInput & { id: string; slug: string; sector: Sector; aidTypes: AidType[]; needStatus: NeedStatus };
  community: OfficialCommunity;
  template: NeedTemplate;
}

export const SCHOOL_BUS_NEED_SLUG = "berezhanska-urban-school-bus";

/** Fixed needs: Бережанська's school bus (journey 3) and the ones hand-made partnerships address. */
const fixedNeeds: Record<string, { sector: Sector; key: string }[]> = {
  [BEREZHANY_KATOTTG]: [
    { sector: Sector.SPECIAL_VEHICLES, key: "school-bus" },
    { sector: Sector.EDUCATION_YOUTH, key: "language-camp" },
    { sector: Sector.HEATING, key: "school-heat-pumps" },
  ],
  [KYIV_KATOTTG]: [
    { sector: Sector.HEALTHCARE, key: "rehab-ward" },
    { sector: Sector.SHELTERS, key: "lyceum-shelter" },
  ],
  // Met or in progress through the hand-made partnerships whose recovery plans the demo shows.
  [SHATSK_KATOTTG]: [
    { sector: Sector.SPECIAL_VEHICLES, key: "ambulance" },
    { sector: Sector.HUMANITARIAN_AID, key: "generators" },
  ],
  [BAKHMACH_KATOTTG]: [
    { sector: Sector.SPECIAL_VEHICLES, key: "fire-engine" },
    { sector: Sector.HEALTHCARE, key: "portable-ultrasound" },
  ],
};

/** Communities whose needs the hand-made recovery partnerships take: kept out of the random draws. */
export const RECOVERY_KATOTTGS: ReadonlySet<string> = new Set([SHATSK_KATOTTG, BAKHMACH_KATOTTG]);

function template(sector: Sector, key: string): NeedTemplate {
  if (key === schoolBusNeed.key) return schoolBusNeed;
  const found = sectorVocabulary[sector].needs.find((n) => n.key === key);
  if (!found) throw new Error(`no need template ${sector}/${key}`);
  return found;
}

export function buildNeeds(profiles: readonly DemoCommunityProfile[], today: Date): DemoNeed[] {
  const rng = rngFor("needs");
  const recoveryRng = rngFor("needs:recovery");
  const out: DemoNeed[] = [];
  // Sectors are dealt from a shuffled deck so every sector is used before any repeats.
  let deck: Sector[] = [];
  const draw = (exclude: Set<Sector>): Sector => {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (deck.length === 0) deck = rng.shuffle(sectors);
      const index = deck.findIndex((s) => !exclude.has(s));
      if (index >= 0) return deck.splice(index, 1)[0] as Sector;
      deck = [];
    }
    return rng.pick(sectors.filter((s) => !exclude.has(s)));
  };

  for (const profile of profiles) {
    const community = profile.community;
    const frontline = Boolean(community.row.combatZone || community.row.isPartlyOccupied);
    const fixed = fixedNeeds[community.row.katottg];
    const picks = fixed
      ? fixed.map(({ sector, key }) => ({ sector, template: template(sector, key) }))
      : (() => {
          const used = new Set<Sector>();
          return Array.from({ length: rng.int(1, 3) }, () => {
            const sector = draw(used);
            used.add(sector);
            return { sector, template: rng.pick(sectorVocabulary[sector].needs) };
          });
        })();
    for (const { sector, template: t } of picks) {
      // The recovery communities were added last and draw from their own stream, so the draws
      // after this loop (which needs wait for moderation, which were withdrawn) stay as they were.
      const draws = RECOVERY_KATOTTGS.has(community.row.katottg) ? recoveryRng : rng;
      const slug = `${community.slug}-${t.key}`;
      const isSchoolBus = t.key === schoolBusNeed.key;
      const roll = draws.next();
      const currency = isSchoolBus ? "EUR" : roll < 0.7 ? "EUR" : roll < 0.85 ? "USD" : "UAH";
      const eur = t.eur[0] + draws.next() * (t.eur[1] - t.eur[0]);
      const amount = isSchoolBus ? 60_000 : roundAmount(eur * (perEuro[currency] ?? 1));
      const urgencyRoll = draws.next() + (frontline ? 0.35 : 0);
      const urgency = isSchoolBus
        ? Urgency.HIGH
        : urgencyRoll < 0.25
          ? Urgency.LOW
          : urgencyRoll < 0.65
            ? Urgency.MEDIUM
            : urgencyRoll < 1.05
              ? Urgency.HIGH
              : Urgency.CRITICAL;
      const deadline = isSchoolBus ? addDays(today, 120) : draws.chance(0.55) ? addDays(today, draws.int(30, 365)) : null;
      out.push({
        community,
        template: t,
        row: {
          id: seedId("need", slug),
          slug,
          communityId: community.id,
          title: t.title,
          description: t.description,
          sector,
          aidTypes: t.aidTypes,
          costMinor: unitsToMinor(amount),
          currency,
          urgency,
          needStatus: NeedStatus.OPEN,
          deadline,
          isDemo: true,
          status: ModerationStatus.PUBLISHED,
        },
      });
    }
  }
  // Two fresh needs wait for moderation.
  const candidates = out.filter((n) => n.community.row.katottg !== BEREZHANY_KATOTTG && !RECOVERY_KATOTTGS.has(n.community.row.katottg));
  for (const need of rng.sample(candidates, 2)) need.row.status = ModerationStatus.PENDING;
  // And two were withdrawn by their community (bought locally, or no longer wanted): public lists
  // and matching leave them out.
  const published = candidates.filter((n) => n.row.status === ModerationStatus.PUBLISHED);
  for (const need of rng.sample(published, 2)) need.row.needStatus = NeedStatus.WITHDRAWN;
  return out;
}
