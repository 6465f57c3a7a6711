// Demo dialogues (issue 19): three closed ones with published reports (the return of displaced
// people, recovery priorities, youth) and one open, each with simulated answers from camps of
// participants so that opinion groups show. Written straight to the database after the rest of
// the demo (its owners and the dialogue-session event are looked up there), idempotently: a
// dialogue whose slug exists is left as it is. Participants are rows with a made-up token hash:
// no browser holds their cookie. Deterministic for a given day.
import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import { ModerationStatus, type VoicePosition } from "../../../generated/prisma/enums";
import { analyseDialogue, type Position, type VoteValue } from "../../../lib/dialogue/analysis";
import { mulberry32, simulateCamps } from "../../../lib/dialogue/simulate";
import { seedId } from "../util";
import { addDays } from "./common";
import { BEREZHANY_KATOTTG } from "./communities";
import { keyOrganizationSlugs } from "./organizations";
import type { Text } from "./vocabulary";

/** The open dialogue's slug: its facilitator is the demo official of Бережанська громада. */
export const OPEN_DIALOGUE_SLUG = "berezhany-what-should-the-youth-centre-be";

interface StatementSpec {
  text: string;
  locale: "uk" | "en";
  /** How each camp leans on it: 1 agree, -1 disagree, 0 unsure. */
  camps: VoteValue[];
}

interface DialogueSpec {
  slug: string;
  question: Text;
  description: Text;
  summary: Text | null;
  owner: "peacebuilding" | "berezhany" | "youth";
  withSession: boolean;
  opensInDays: number;
  closesInDays: number;
  camps: { size: number; positions: Partial<Record<VoicePosition, number>> }[];
  statements: StatementSpec[];
  /** A participant's statement still waiting for the facilitators. */
  pending?: string;
  /** How often a simulated participant skips a statement (default 0.15). */
  skip?: number;
}

const s = (text: string, camps: VoteValue[], locale: "uk" | "en" = "uk"): StatementSpec => ({ text, locale, camps });

const specs: DialogueSpec[] = [
  {
    slug: "return-of-displaced-people-what-would-bring-you-home",
    question: { uk: "Що допоможе переселенцям повернутися додому?", en: "What would help displaced people return home?" },
    description: {
      uk: "Діалоговий марафон для тих, хто виїхав, тих, хто лишився, і діаспори. Можна брати участь анонімно.",
      en: "A dialogue marathon for those who left, those who stayed and the diaspora. Anonymous participation is welcome.",
    },
    summary: {
      uk: "Учасники майже одностайні: без житла, роботи й безпеки повернення не буде. Розходяться думки щодо пільг для тих, хто повертається: частина тих, хто лишався, вважає їх несправедливими. Наступний крок — зустріч громад і переселенців щодо прозорих правил підтримки.",
      en: "Participants were almost unanimous: without housing, jobs and safety there will be no return. Views split on benefits for returnees: some of those who stayed see them as unfair. Next step: a meeting of communities and displaced people on transparent rules of support.",
    },
    owner: "peacebuilding",
    withSession: true,
    opensInDays: -75,
    closesInDays: -40,
    camps: [
      { size: 46, positions: { DISPLACED: 30, ABROAD: 10, OTHER: 3, UNSAID: 3 } },
      { size: 38, positions: { RESIDENT: 30, OTHER: 4, UNSAID: 4 } },
    ],
    statements: [
      s("Без житла повернення неможливе.", [1, 1]),
      s("Громада має гарантувати роботу тим, хто повертається.", [1, 1]),
      s("Безпека важливіша за будь-які виплати.", [1, 1]),
      s("Тим, хто повертається, потрібні окремі пільги.", [1, -1]),
      s("Ті, хто лишався, заслуговують на підтримку не менше.", [0, 1]),
      s("Переселенці мають право голосу в рішеннях громади ще до повернення.", [1, -1]),
      s("Порожнє житло переселенців можна тимчасово віддавати іншим.", [-1, 1]),
      s("Громаді бракує чесної інформації про стан відбудови.", [1, 1]),
      s("Діти мають закінчити навчальний рік там, де вони зараз.", [1, 0]),
      s("Support from the diaspora should go through the community's own plan.", [1, 1], "en"),
      s("Повернення варто заохочувати грошовими виплатами.", [1, -1]),
      s("Довіра між тими, хто виїхав, і тими, хто лишився, зруйнована.", [-1, 1]),
    ],
  },
  {
    slug: "berezhany-recovery-priorities-dialogue",
    question: { uk: "Що Бережанам треба відбудувати першим?", en: "What should Berezhany rebuild first?" },
    description: {
      uk: "Громада питає мешканців, переселенців і земляків за кордоном, з чого почати відновлення.",
      en: "The community asks residents, displaced people and those abroad where recovery should start.",
    },
    summary: {
      uk: "Об’єднує: укриття в школах, вода й тепло. Розділяє: чи вкладатися в туризм і замок уже зараз. Ці висновки лягли в раунд пріоритетів громади.",
      en: "What unites: shelters in schools, water and heating. What divides: whether to invest in tourism and the castle now. These findings fed the community's priorities round.",
    },
    owner: "berezhany",
    withSession: false,
    opensInDays: -60,
    closesInDays: -30,
    camps: [
      { size: 42, positions: { RESIDENT: 28, DISPLACED: 8, UNSAID: 6 } },
      { size: 31, positions: { ABROAD: 18, RESIDENT: 7, OTHER: 6 } },
      { size: 22, positions: { RESIDENT: 12, DISPLACED: 6, UNSAID: 4 } },
    ],
    statements: [
      s("Укриття в кожній школі — найперше.", [1, 1, 1]),
      s("Водопостачання важливіше за дороги.", [1, 0, 1]),
      s("Резервне опалення лікарні не може чекати.", [1, 1, 1]),
      s("Реставрація замку приведе туристів і гроші.", [-1, 1, -1]),
      s("Спершу житло для переселенців, потім усе інше.", [-1, -1, 1]),
      s("Молодіжний центр утримає молодь у громаді.", [0, 1, 1]),
      s("Громада має сама вирішувати, на що йдуть гроші партнерів.", [1, -1, 1]),
      s("Partners abroad should fund projects, not running costs.", [-1, 1, 0], "en"),
      s("Сонячні станції на бюджетних будівлях окупляться швидко.", [1, 1, 0]),
      s("Ремонт доріг можна відкласти.", [-1, 1, 1]),
      s("Тренінги для бізнесу важливіші за нові будівлі.", [-1, 1, -1]),
      s("Кожен проєкт має звітувати публічно.", [1, 1, 1]),
    ],
  },
  {
    slug: "young-ukrainians-abroad-ties-with-home",
    question: {
      uk: "Як молоді українці за кордоном можуть лишатися пов’язаними з домом?",
      en: "How can young Ukrainians abroad stay connected with home?",
    },
    description: {
      uk: "Розмова молодіжної ініціативи «Крила» з підлітками й студентами в Німеччині та їхніми однолітками вдома.",
      en: "Kryla youth initiative's conversation with teenagers and students in Germany and their peers at home.",
    },
    summary: {
      uk: "Спільне: обміни, волонтерство онлайн і суботні школи. Розходяться в тому, чи повертатися після навчання: обіцяти цього молодь не хоче, але хоче мати куди повернутися.",
      en: "Shared: exchanges, online volunteering and Saturday schools. Divided on returning after studies: young people do not want to promise it, but want a place to return to.",
    },
    owner: "youth",
    withSession: false,
    opensInDays: -50,
    closesInDays: -20,
    camps: [
      { size: 34, positions: { ABROAD: 30, UNSAID: 4 } },
      { size: 27, positions: { RESIDENT: 15, DISPLACED: 8, OTHER: 4 } },
    ],
    statements: [
      s("Літні обміни між школами — найкращий зв’язок.", [1, 1]),
      s("Онлайн-волонтерство для громад має бути простим.", [1, 1]),
      s("Суботні школи мають вчити й сучасній Україні, не лише мові.", [1, 1]),
      s("Я планую повернутися після навчання.", [-1, 1]),
      s("Молодь за кордоном має голосувати в молодіжних радах громад.", [1, -1]),
      s("We need mentors from home, not only from the diaspora.", [0, 1], "en"),
      s("Соцмережі громади не цікаві молоді.", [1, 1]),
      s("Стажування в громадах мають бути оплачуваними.", [1, 0]),
      s("Ті, хто виїхав, менше розуміють життя вдома.", [-1, 1]),
      s("Спільні спортивні турніри об’єднують краще за конференції.", [1, 0]),
    ],
  },
  {
    slug: OPEN_DIALOGUE_SLUG,
    question: { uk: "Яким має бути молодіжний центр у Бережанах?", en: "What should the youth centre in Berezhany be?" },
    description: {
      uk: "Громада планує молодіжний центр у колишньому кінотеатрі. Скажіть, що думаєте, і додайте своє.",
      en: "The community plans a youth centre in the former cinema. Say what you think and add your own ideas.",
    },
    summary: null,
    owner: "berezhany",
    withSession: false,
    opensInDays: -5,
    closesInDays: 25,
    // Few statements yet, so few skipped: every answer counts towards the groups the page shows.
    skip: 0.03,
    camps: [
      { size: 22, positions: { RESIDENT: 15, UNSAID: 7 } },
      { size: 17, positions: { ABROAD: 9, DISPLACED: 8 } },
    ],
    statements: [
      s("Центр має працювати й увечері, і на вихідних.", [1, 1]),
      s("Там потрібне укриття, інакше батьки дітей не пустять.", [1, 1]),
      s("Центр має керувати сама молодь.", [1, -1]),
      s("Краще спортивний зал, ніж кіностудія.", [-1, 1]),
      s("Партнери з-за кордону можуть вести онлайн-гуртки.", [0, 1]),
      s("Вхід має бути безкоштовним для всіх.", [1, 1]),
    ],
    pending: "Потрібна кімната для тихого навчання з інтернетом.",
  },
];

/** Writes the demo dialogues that are not there yet; returns how many were added. */
export async function seedDialogues(prisma: PrismaClient, today: Date): Promise<number> {
  const existing = new Set(
    (await prisma.dialogue.findMany({ where: { slug: { in: specs.map((d) => d.slug) } }, select: { slug: true } })).map((d) => d.slug),
  );
  // Filtered here, not with `sectors: { has }`: the embedded database's adapter cannot bind an enum array.
  const peacebuilding = (
    await prisma.organization.findMany({
      where: { isDemo: true, status: ModerationStatus.PUBLISHED, hiddenAt: null },
      orderBy: { slug: "asc" },
      select: { id: true, sectors: true },
    })
  ).find((o) => o.sectors.includes("DIALOGUE_PEACEBUILDING"));
  const youth = await prisma.organization.findUnique({ where: { slug: keyOrganizationSlugs.berlinYouth }, select: { id: true } });
  const berezhany = await prisma.community.findUnique({ where: { katottg: BEREZHANY_KATOTTG }, select: { id: true } });
  const session = await prisma.event.findFirst({
    where: { isDemo: true, type: "DIALOGUE_SESSION", status: ModerationStatus.PUBLISHED },
    orderBy: { slug: "asc" },
    select: { id: true, organizationId: true, communityId: true },
  });
  let added = 0;
  for (const spec of specs) {
    if (existing.has(spec.slug)) continue;
    // The return dialogue belongs to the dialogue session's host when there is one, so the two link.
    const owner =
      spec.owner === "berezhany"
        ? berezhany && { organizationId: null, communityId: berezhany.id }
        : spec.owner === "youth"
          ? youth && { organizationId: youth.id, communityId: null }
          : spec.withSession && session
            ? { organizationId: session.organizationId, communityId: session.communityId }
            : peacebuilding && { organizationId: peacebuilding.id, communityId: null };
    if (!owner) continue;
    await writeDialogue(prisma, spec, owner, spec.withSession && session ? session.id : null, today);
    added++;
  }
  return added;
}

async function writeDialogue(
  prisma: PrismaClient,
  spec: DialogueSpec,
  owner: { organizationId: string | null; communityId: string | null },
  eventId: string | null,
  today: Date,
): Promise<void> {
  const dialogueId = seedId("dialogue", spec.slug);
  const opensAt = addDays(today, spec.opensInDays);
  const closesAt = addDays(today, spec.closesInDays);
  const closed = spec.closesInDays < 0;
  const statements = spec.statements.map((statement, i) => ({
    id: seedId("dialogue-statement", `${spec.slug}:${i}`),
    dialogueId,
    text: statement.text,
    locale: statement.locale,
    byFacilitator: true,
    status: ModerationStatus.PUBLISHED,
    isDemo: true,
    createdAt: addDays(opensAt, 0),
  }));
  const { votes, campOf } = simulateCamps({
    camps: spec.camps.map((camp, c) => ({ size: camp.size, leaning: spec.statements.map((st) => st.camps[c] ?? 0) })),
    statementIds: statements.map((st) => st.id),
    noise: 0.12,
    skip: spec.skip ?? 0.15,
    seed: hashSeed(spec.slug),
    idPrefix: `${spec.slug}-p`,
  });
  // Positions as each camp's spec says, in a shuffled order within the camp.
  const rng = mulberry32(hashSeed(`${spec.slug}:positions`));
  const positions: Record<string, Position> = {};
  spec.camps.forEach((camp, c) => {
    const pool = Object.entries(camp.positions).flatMap(([position, count]) => Array<Position>(count).fill(position as Position));
    const members = Object.keys(campOf).filter((id) => campOf[id] === c);
    for (const id of members) positions[id] = pool.splice(Math.floor(rng() * pool.length), 1)[0] ?? "UNSAID";
  });
  const participantIds = [...new Set(votes.map((v) => v.participantId))];
  const idOf = new Map(participantIds.map((p) => [p, seedId("dialogue-participant", p)]));
  const analysis = closed
    ? analyseDialogue({
        statementIds: statements.map((st) => st.id),
        votes: votes.map((v) => ({ ...v, participantId: idOf.get(v.participantId)! })),
        positions: Object.fromEntries(participantIds.map((p) => [idOf.get(p)!, positions[p] ?? null])),
        seed: 19,
      })
    : null;
  await prisma.$transaction(async (tx) => {
    await tx.dialogue.create({
      data: {
        id: dialogueId,
        slug: spec.slug,
        ...owner,
        eventId,
        question: spec.question,
        description: spec.description,
        opensAt,
        closesAt,
        timeZone: "Europe/Kyiv",
        summary: spec.summary ?? {},
        reportPublishedAt: closed ? addDays(closesAt, 2) : null,
        analysis: analysis ? (JSON.parse(JSON.stringify(analysis)) as Prisma.InputJsonObject) : undefined,
        isDemo: true,
        status: ModerationStatus.PUBLISHED,
      },
    });
    await tx.dialogueStatement.createMany({ data: statements });
    await tx.dialogueParticipant.createMany({
      data: participantIds.map((p) => ({
        id: idOf.get(p)!,
        dialogueId,
        tokenHash: seedId("dialogue-token", p),
        position: (positions[p] ?? null) as VoicePosition | null,
      })),
    });
    await tx.dialogueVote.createMany({
      data: votes.map((v) => ({ participantId: idOf.get(v.participantId)!, statementId: v.statementId, value: v.value })),
    });
    if (spec.pending) {
      await tx.dialogueStatement.create({
        data: {
          id: seedId("dialogue-statement", `${spec.slug}:pending`),
          dialogueId,
          text: spec.pending,
          locale: "uk",
          authorParticipantId: idOf.get(participantIds[0]!)!,
          status: ModerationStatus.PENDING,
          isDemo: true,
        },
      });
    }
  });
}

/** A 32-bit seed from a text (FNV-1a), so each dialogue's simulation is its own and stable. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
