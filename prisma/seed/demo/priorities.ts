// Demo residents' priorities rounds (issue 19), one in each phase, in three communities:
//   - Бережанська: closed, six approved ideas ranked by ten demo people (one declined idea), the
//     shelter that came first already turned into a need; its official (official@demo.example)
//     can turn the next ones into needs.
//   - Шацька: in the ranking phase, five approved ideas and four ballots so far;
//     member@demo.example has not ranked, so the "rank the priorities" journey starts clean.
//   - Бахмацька: gathering ideas, three approved and one waiting for the officials.
// Ballots are real PriorityBallot rows of demo users, and the tallies and turnout are exactly the
// sums of their (written out, not drawn) allocations: turnout adds up to the ballot rows. Pure and
// deterministic: ids and slugs are fixed, dates are whole days from the seeding day.
import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import { ModerationStatus, NeedStatus, Sector, Urgency, VoicePosition } from "../../../generated/prisma/enums";
import { seedId } from "../util";
import { addDays } from "./common";
import { BAKHMACH_KATOTTG, BEREZHANY_KATOTTG, SHATSK_KATOTTG, type DemoCommunityProfile } from "./communities";
import { demoAccounts, extraMemberEmails, userId } from "./people";
import type { Text } from "./vocabulary";

const POSITIONS = Object.values(VoicePosition);

export const CLOSED_ROUND_SLUG = "berezhanska-urban-what-to-rebuild-first";
export const RANKING_ROUND_SLUG = "shatska-what-first-this-year";
export const IDEAS_ROUND_SLUG = "bakhmatska-priorities-for-next-year";

export interface DemoPriorities {
  rounds: (Prisma.PriorityRoundCreateManyInput & { id: string; slug: string })[];
  ideas: (Prisma.PriorityIdeaCreateManyInput & { id: string; roundId: string })[];
  ballots: Prisma.PriorityBallotCreateManyInput[];
  tallies: Prisma.PriorityTallyCreateManyInput[];
  turnout: Prisma.PriorityTurnoutCreateManyInput[];
  /** Needs made from ideas (Need.priorityIdeaId). */
  needs: (Prisma.NeedCreateManyInput & { id: string; slug: string })[];
}

interface IdeaSpec {
  key: string;
  title: string;
  details?: string;
  locale: "uk" | "en";
  sector?: Sector;
  author?: string;
  status?: ModerationStatus;
}

interface BallotSpec {
  voter: string;
  position: VoicePosition;
  /** Points by idea key. */
  points: Record<string, number>;
}

interface RoundSpec {
  slug: string;
  katottg: string;
  question: Text;
  description: Text;
  /** Days from the seeding day. */
  opens: number;
  ideasClose: number;
  closes: number;
  ideas: IdeaSpec[];
  ballots: BallotSpec[];
  /** Idea keys already turned into needs, with the need's slug and cost in euros. */
  needs?: { idea: string; slug: string; costEur: number }[];
}

const [olena, petro, anna, yulia, maksym, sofia, dmytro, kateryna, jan] = extraMemberEmails as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

const rounds: RoundSpec[] = [
  {
    slug: CLOSED_ROUND_SLUG,
    katottg: BEREZHANY_KATOTTG,
    question: { uk: "Що нашій громаді відбудувати насамперед?", en: "What should our community rebuild first?" },
    description: {
      uk: "Міська рада планує бюджет на наступний рік і шукає партнерів. Скажіть, що для вас найважливіше.",
      en: "The town council is planning next year's budget and looking for partners. Tell us what matters most to you.",
    },
    opens: -60,
    ideasClose: -40,
    closes: -20,
    ideas: [
      {
        key: "shelter",
        title: "Укриття в Бережанському ліцеї № 1",
        details:
          "Зараз під час тривог діти спускаються в підвал без вентиляції та аварійного освітлення. Потрібне обладнане укриття на 400 учнів.",
        locale: "uk",
        sector: Sector.SHELTERS,
        author: olena,
      },
      {
        key: "boiler",
        title: "Модульна котельня для міської лікарні",
        details:
          "Стара котельня працює на газі й часто ламається. Модульна котельня на твердому паливі вбереже лікарню від відключень узимку.",
        locale: "uk",
        sector: Sector.HEATING,
        author: petro,
      },
      {
        key: "ambulance",
        title: "A second ambulance for the villages",
        details:
          "The villages around the town wait up to an hour for the only ambulance. A second, four-wheel-drive vehicle would halve that.",
        locale: "en",
        sector: Sector.SPECIAL_VEHICLES,
        author: anna,
      },
      {
        key: "youth",
        title: "Молодіжний центр у будинку колишнього кінотеатру",
        details: "Місце, де підлітки, зокрема з родин переселенців, можуть займатися, вчитися й просто бути разом.",
        locale: "uk",
        sector: Sector.EDUCATION_YOUTH,
        author: yulia,
      },
      {
        key: "water",
        title: "Нова ділянка водогону на вулиці Шевченка",
        details: "Труби 1960-х років щомісяця проривають, і пів міста залишається без води.",
        locale: "uk",
        sector: Sector.INFRASTRUCTURE,
        author: maksym,
      },
      {
        key: "lights",
        title: "Вуличне освітлення на сонячних панелях",
        locale: "uk",
        sector: Sector.RENEWABLE_ENERGY,
        author: sofia,
      },
      { key: "fountain", title: "Відновити фонтан на площі", locale: "uk", author: dmytro, status: ModerationStatus.REJECTED },
    ],
    // Ten people: five residents, three abroad, two displaced elsewhere in Ukraine.
    ballots: [
      { voter: olena, position: VoicePosition.RESIDENT, points: { shelter: 5, water: 3, boiler: 2 } },
      { voter: petro, position: VoicePosition.RESIDENT, points: { boiler: 4, shelter: 3, water: 3 } },
      { voter: yulia, position: VoicePosition.RESIDENT, points: { shelter: 4, youth: 4, lights: 2 } },
      { voter: maksym, position: VoicePosition.RESIDENT, points: { water: 6, shelter: 2, boiler: 2 } },
      { voter: sofia, position: VoicePosition.RESIDENT, points: { shelter: 3, ambulance: 3, lights: 4 } },
      { voter: anna, position: VoicePosition.ABROAD, points: { ambulance: 5, shelter: 5 } },
      { voter: jan, position: VoicePosition.ABROAD, points: { shelter: 4, youth: 3, ambulance: 3 } },
      { voter: kateryna, position: VoicePosition.ABROAD, points: { boiler: 5, shelter: 5 } },
      { voter: dmytro, position: VoicePosition.DISPLACED, points: { youth: 6, shelter: 4 } },
      { voter: demoAccounts.representative, position: VoicePosition.DISPLACED, points: { ambulance: 4, water: 3, shelter: 3 } },
    ],
    needs: [{ idea: "shelter", slug: "berezhanska-urban-priority-lyceum-shelter", costEur: 180_000 }],
  },
  {
    slug: RANKING_ROUND_SLUG,
    katottg: SHATSK_KATOTTG,
    question: { uk: "Що громаді зробити насамперед цього року?", en: "What should the community do first this year?" },
    description: {
      uk: "Ідеї зібрано. Розподіліть бали між тими, які вважаєте найважливішими.",
      en: "The ideas are in. Spread your points over the ones you think matter most.",
    },
    opens: -24,
    ideasClose: -4,
    closes: 10,
    ideas: [
      {
        key: "water",
        title: "Очисні споруди для сіл біля озера Світязь",
        details: "Стоки з сіл потрапляють в озеро. Невеликі очисні споруди збережуть воду для людей і для парку.",
        locale: "uk",
        sector: Sector.ENVIRONMENT,
        author: olena,
      },
      {
        key: "shelter",
        title: "Укриття в опорній школі",
        locale: "uk",
        sector: Sector.SHELTERS,
        author: petro,
      },
      {
        key: "ambulance",
        title: "Автомобіль швидкої допомоги для амбулаторії",
        details: "Найближча лікарня — за 60 км у Любомлі.",
        locale: "uk",
        sector: Sector.SPECIAL_VEHICLES,
        author: sofia,
      },
      {
        key: "heating",
        title: "Heat pumps for the kindergarten",
        details: "The kindergarten heats with an old coal boiler; heat pumps with solar panels would cut costs and smoke.",
        locale: "en",
        sector: Sector.HEATING,
        author: anna,
      },
      {
        key: "youth",
        title: "Молодіжний простір у бібліотеці",
        locale: "uk",
        sector: Sector.EDUCATION_YOUTH,
        author: yulia,
      },
    ],
    ballots: [
      { voter: olena, position: VoicePosition.RESIDENT, points: { water: 6, ambulance: 4 } },
      { voter: petro, position: VoicePosition.RESIDENT, points: { shelter: 5, ambulance: 5 } },
      { voter: anna, position: VoicePosition.ABROAD, points: { heating: 5, water: 5 } },
      { voter: yulia, position: VoicePosition.DISPLACED, points: { youth: 7, shelter: 3 } },
    ],
  },
  {
    slug: IDEAS_ROUND_SLUG,
    katottg: BAKHMACH_KATOTTG,
    question: { uk: "Що громаді зробити насамперед наступного року?", en: "What should the community do first next year?" },
    description: {
      uk: "Пропонуйте ідеї до кінця збору: посадовці громади розглянуть кожну, а потім усі зможуть розподілити бали.",
      en: "Put ideas forward until the ideas close: the community's officials look at each, then everyone can spread points.",
    },
    opens: -5,
    ideasClose: 9,
    closes: 20,
    ideas: [
      {
        key: "station",
        title: "Укриття біля залізничного вокзалу",
        details: "Бахмач — вузлова станція: під час тривог на вокзалі бувають сотні пасажирів.",
        locale: "uk",
        sector: Sector.SHELTERS,
        author: maksym,
      },
      {
        key: "water",
        title: "Свердловина й водонапірна башта для Батурина",
        locale: "uk",
        sector: Sector.INFRASTRUCTURE,
        author: kateryna,
      },
      { key: "rehab", title: "Rehabilitation room for veterans", locale: "en", sector: Sector.HEALTHCARE, author: jan },
      {
        key: "buses",
        title: "Шкільний автобус для сіл громади",
        details: "Діти з віддалених сіл добираються до школи попутками.",
        locale: "uk",
        sector: Sector.SPECIAL_VEHICLES,
        author: petro,
        status: ModerationStatus.PENDING,
      },
    ],
    ballots: [],
  },
];

export function buildPriorities(profiles: readonly DemoCommunityProfile[], today: Date): DemoPriorities {
  const out: DemoPriorities = { rounds: [], ideas: [], ballots: [], tallies: [], turnout: [], needs: [] };
  const official = userId(demoAccounts.official);
  for (const spec of rounds) {
    const community = profiles.find((p) => p.community.row.katottg === spec.katottg)?.community;
    if (!community) continue; // a dataset without this community (tests with a few rows)
    const roundId = seedId("priority-round", spec.slug);
    const ideaId = (key: string) => seedId("priority-idea", `${spec.slug}:${key}`);
    out.rounds.push({
      id: roundId,
      slug: spec.slug,
      communityId: community.id,
      question: spec.question,
      description: spec.description,
      opensAt: addDays(today, spec.opens),
      ideasCloseAt: addDays(today, spec.ideasClose),
      closesAt: addDays(today, spec.closes),
      timeZone: "Europe/Kyiv",
      points: 10,
      isDemo: true,
      status: ModerationStatus.PUBLISHED,
      createdById: spec.katottg === BEREZHANY_KATOTTG ? official : null,
      createdAt: addDays(today, spec.opens - 2),
    });
    const approved: string[] = [];
    for (const [i, idea] of spec.ideas.entries()) {
      const status = idea.status ?? ModerationStatus.PUBLISHED;
      const decided = status !== ModerationStatus.PENDING;
      out.ideas.push({
        id: ideaId(idea.key),
        roundId,
        title: idea.title,
        details: idea.details ?? null,
        locale: idea.locale,
        sector: idea.sector ?? null,
        authorId: idea.author ? userId(idea.author) : null,
        status,
        decidedById: decided && spec.katottg === BEREZHANY_KATOTTG ? official : null,
        decidedAt: decided ? addDays(today, Math.min(spec.opens + i + 2, spec.ideasClose)) : null,
        isDemo: true,
        createdAt: addDays(today, Math.min(spec.opens + i + 1, spec.ideasClose)),
      });
      if (status === ModerationStatus.PUBLISHED) approved.push(idea.key);
    }
    // Tallies and turnout are the sums of the ballots below, for every idea × position and every position.
    for (const key of approved)
      for (const position of POSITIONS) {
        const points = spec.ballots.filter((b) => b.position === position).reduce((sum, b) => sum + (b.points[key] ?? 0), 0);
        out.tallies.push({ ideaId: ideaId(key), position, roundId, points });
      }
    for (const position of POSITIONS)
      out.turnout.push({ roundId, position, ballots: spec.ballots.filter((b) => b.position === position).length });
    for (const ballot of spec.ballots) {
      const given = Object.entries(ballot.points);
      if (given.some(([key]) => !approved.includes(key)) || given.reduce((s, [, p]) => s + p, 0) > 10)
        throw new Error(`demo ballot of ${ballot.voter} in ${spec.slug} is not valid`);
      out.ballots.push({ roundId, userId: userId(ballot.voter) });
    }
    for (const need of spec.needs ?? []) {
      const idea = spec.ideas.find((i) => i.key === need.idea)!;
      out.needs.push({
        id: seedId("need", need.slug),
        slug: need.slug,
        communityId: community.id,
        title: idea.locale === "uk" ? { uk: idea.title, en: "A shelter for Berezhany lyceum No. 1" } : { en: idea.title },
        description: idea.details ? { [idea.locale]: idea.details } : {},
        sector: idea.sector ?? Sector.INFRASTRUCTURE,
        aidTypes: [],
        costMinor: BigInt(need.costEur * 100),
        currency: "EUR",
        urgency: Urgency.HIGH,
        needStatus: NeedStatus.OPEN,
        priorityIdeaId: ideaId(need.idea),
        isDemo: true,
        status: ModerationStatus.PUBLISHED,
        createdAt: addDays(today, spec.closes + 2),
      });
    }
  }
  return out;
}

/**
 * Writes the rounds (skipping what a previous run stored) and, for the rounds this run created,
 * their ideas, tallies, turnout, ballots and needs. `user` maps a generated user id to the stored one.
 */
export async function writePriorities(
  prisma: PrismaClient,
  data: DemoPriorities,
  user: (id: string) => string,
  log: (line: string) => void,
): Promise<void> {
  const rounds = data.rounds.map((r) => ({ ...r, createdById: r.createdById ? user(r.createdById) : null }));
  const added = await prisma.priorityRound.createMany({ data: rounds, skipDuplicates: true });
  log(`priorities rounds: ${added.count} added`);
  // A round stored under another id by an earlier run keeps its own ideas and ballots.
  const stored = await prisma.priorityRound.findMany({ where: { slug: { in: rounds.map((r) => r.slug) } }, select: { id: true } });
  const own = new Set(stored.map((r) => r.id).filter((id) => rounds.some((r) => r.id === id)));
  const ofOwn = <T extends { roundId: string }>(rows: readonly T[]) => rows.filter((row) => own.has(row.roundId));
  const ideas = ofOwn(data.ideas).map((i) => ({
    ...i,
    authorId: i.authorId ? user(i.authorId) : null,
    decidedById: i.decidedById ? user(i.decidedById) : null,
  }));
  log(`priority ideas: ${(await prisma.priorityIdea.createMany({ data: ideas, skipDuplicates: true })).count} added`);
  await prisma.priorityTally.createMany({ data: ofOwn(data.tallies), skipDuplicates: true });
  await prisma.priorityTurnout.createMany({ data: ofOwn(data.turnout), skipDuplicates: true });
  const ballots = ofOwn(data.ballots).map((b) => ({ ...b, userId: user(b.userId) }));
  log(`priority ballots: ${(await prisma.priorityBallot.createMany({ data: ballots, skipDuplicates: true })).count} added`);
  const ideaIds = new Set(ideas.map((i) => i.id));
  const needs = data.needs.filter((n) => n.priorityIdeaId && ideaIds.has(n.priorityIdeaId));
  log(`needs from priorities: ${(await prisma.need.createMany({ data: needs, skipDuplicates: true })).count} added`);
}
