// Demo recovery plans (issue 18): the public partnerships' milestones, matched to the needs they
// address; the money and goods behind each step as IATI transactions (pledged, paid out, spent);
// photos as evidence; public questions; and the moderators' exchange rates.
//
// Pure, like the rest of the demo: the photos are only described here (what to draw, under which
// key); prisma/seed/index.ts makes and stores them. Every date is a whole number of days from the
// seeding day, and every draw depends only on the partnerships (whose own dates are offsets), so
// the ids, statuses and number of rows do not depend on the day; nothing lies in the future except
// milestones' planned dates.
import type { Prisma } from "../../../generated/prisma/client";
import {
  AidFlow,
  EvidenceKind,
  MilestoneStatus,
  ModerationStatus,
  PartnershipSide,
  PartnershipStatus,
} from "../../../generated/prisma/enums";
import { thumbKeyFor } from "../../../lib/files/store";
import { eurPerUnit } from "../../../lib/money/eur";
import { minorToUnits, unitsToMinor } from "../../../lib/money/minor";
import { seedId, slugify, type Random } from "../util";
import { addDays, DAY_MS, lowerFirst, rngFor, roundAmount } from "./common";
import { BEREZHANY_KATOTTG } from "./communities";
import type { DemoNeed } from "./needs";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import type { DemoPartnership } from "./partnerships";
import { demoAccounts, userId } from "./people";
import { countryCurrency, perEuro, type Text } from "./vocabulary";

export type DemoMilestone = Prisma.MilestoneCreateManyInput & {
  id: string;
  partnershipId: string;
  title: Text;
  plannedDate: Date;
  milestoneStatus: MilestoneStatus;
  deliveredBySide: PartnershipSide | null;
  deliveredAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Date;
};

export type DemoTransaction = Prisma.AidTransactionCreateManyInput & {
  id: string;
  partnershipId: string;
  milestoneId: string;
  flow: AidFlow;
  amountMinor: bigint;
  currency: string;
  date: Date;
  providerSide: PartnershipSide;
  receiverSide: PartnershipSide;
};

/** An Evidence row without what only the stored file tells (size, dimensions, hash), and the photo to draw. */
export interface DemoEvidence {
  row: Omit<Prisma.EvidenceCreateManyInput, "size" | "width" | "height" | "sha256" | "contentType"> & {
    id: string;
    milestoneId: string;
    storedKey: string;
    thumbKey: string;
    createdAt: Date;
  };
  /** demoEvidenceImage(seed, label) draws it. */
  image: { seed: string; label: string };
}

export type DemoQuestion = Prisma.MilestoneQuestionCreateManyInput & { id: string; milestoneId: string; createdAt: Date };
export type DemoExchangeRate = Prisma.ExchangeRateCreateManyInput & { id: string; currency: string; validFrom: Date };

export interface DemoRecovery {
  milestones: DemoMilestone[];
  milestoneNeeds: Prisma.MilestoneNeedCreateManyInput[];
  transactions: DemoTransaction[];
  evidence: DemoEvidence[];
  questions: DemoQuestion[];
  exchangeRates: DemoExchangeRate[];
}

/** Demo photos live under this prefix of the file store: `demo/<evidence id>.jpg` and its thumbnail. */
export const DEMO_EVIDENCE_PREFIX = "demo";

// ---------------------------------------------------------------------------------------------
// What a plan is made of: for each need template, the steps a real project would report.

interface Step {
  title: Text;
  /** The share of the need's cost this step takes. */
  share: number;
  /** Goods handed over in kind by the giving side: what (in the recorder's words) and how many. */
  goods?: { item: string; quantity: number };
  /** Done by the receiving side (works, local purchases) and confirmed by the giver; otherwise the giver delivers. */
  byReceiver?: boolean;
  /** Bought through public procurement: may name a Prozorro tender. */
  tender?: boolean;
  /** Large enough to be registered in the reconstruction registry (DREAM). */
  registry?: boolean;
}

function step(uk: string, en: string, share: number, extra: Omit<Step, "title" | "share"> = {}): Step {
  return { title: { uk, en }, share, ...extra };
}

const works = { byReceiver: true, tender: true } as const;

const stepsByNeed: Record<string, Step[]> = {
  // HEATING
  "modular-boiler-house": [
    step("Проєкт модульної котельні погоджено", "Design of the modular boiler house approved", 0.1, { byReceiver: true, registry: true }),
    step("Модульну котельню доставлено до лікарні", "Modular boiler house delivered to the hospital", 0.7, {
      goods: { item: "modular boiler house", quantity: 1 },
    }),
    step("Котельню підключено до тепломережі лікарні", "Boiler house connected to the hospital's heating", 0.2, works),
  ],
  "school-heat-pumps": [
    step("Енергоаудит двох шкіл", "Energy audit of the two schools", 0.1, { byReceiver: true }),
    step("Теплові насоси встановлено в ліцеї", "Heat pumps installed at the lyceum", 0.45, { ...works, registry: true }),
    step("Теплові насоси встановлено в гімназії", "Heat pumps installed at the gymnasium", 0.45, works),
  ],
  "solid-fuel-boilers": [
    step("Твердопаливні котли передано громаді", "Solid-fuel boilers handed over to the community", 0.8, {
      goods: { item: "solid-fuel boilers", quantity: 8 },
    }),
    step("Котли змонтовано в пунктах незламності", "Boilers installed at the resilience points", 0.2, { byReceiver: true }),
  ],
  // RENEWABLE_ENERGY
  "solar-water-utility": [
    step("Сонячні панелі та інвертори закуплено", "Solar panels and inverters purchased", 0.55, { ...works, registry: true }),
    step("Накопичувач встановлено на насосній станції", "Battery storage installed at the water pumping station", 0.35, works),
    step("Сонячну станцію водоканалу введено в експлуатацію", "Water utility's solar plant commissioned", 0.1, { byReceiver: true }),
  ],
  "clinic-solar-roofs": [
    step("Сонячні панелі змонтовано на центральній амбулаторії", "Solar panels mounted on the main clinic", 0.5, works),
    step("Сонячні панелі на двох сільських амбулаторіях", "Solar panels on two village clinics", 0.5, works),
  ],
  // HOUSING
  "modular-housing": [
    step("Ділянку підготовлено, мережі підведено", "Site prepared and utilities connected", 0.25, { ...works, registry: true }),
    step("Перші 20 модульних будинків встановлено", "First 20 modular homes installed", 0.4, {
      goods: { item: "modular homes", quantity: 20 },
    }),
    step("Родини заселилися в модульне містечко", "Families moved into the modular homes", 0.35, { byReceiver: true }),
  ],
  "roof-window-repairs": [
    step("Покрівельні матеріали та вікна доставлено", "Roofing materials and windows delivered", 0.5, {
      goods: { item: "roofing and window sets", quantity: 40 },
    }),
    step("Дах дитячого садка відремонтовано", "Roof of the kindergarten repaired", 0.3, works),
    step("Вікна замінено у 25 приватних будинках", "Windows replaced in 25 family homes", 0.2, { byReceiver: true }),
  ],
  "dormitory-renovation": [
    step("Проєкт і кошторис ремонту затверджено", "Renovation design and budget approved", 0.1, { byReceiver: true, registry: true }),
    step("Покрівлю та вікна гуртожитку замінено", "Dormitory roof and windows replaced", 0.5, works),
    step("Перші 18 квартир передано родинам", "First 18 flats handed over to families", 0.4, works),
  ],
  // INFRASTRUCTURE
  bridge: [
    step("Обстеження мосту та проєкт відновлення", "Bridge survey and rebuilding design", 0.1, { byReceiver: true, registry: true }),
    step("Опори мосту відновлено", "Bridge piers rebuilt", 0.55, works),
    step("Міст відкрито для руху", "Bridge reopened to traffic", 0.35, works),
  ],
  "water-main": [
    step("Труби та арматуру для водогону доставлено", "Pipes and valves for the water main delivered", 0.4, {
      goods: { item: "polyethylene pipe, metres", quantity: 2400 },
    }),
    step("Перші 3 км водогону замінено", "First 3 km of the water main replaced", 0.4, { ...works, registry: true }),
    step("Насосну станцію водопостачання модернізовано", "Water pumping station upgraded", 0.2, works),
  ],
  "school-design-documents": [
    step("Технічне обстеження пошкодженої школи", "Technical survey of the damaged school", 0.3),
    step("Проєктну документацію передано громаді", "Design documents handed over to the community", 0.6, { registry: true }),
    step("Проєкт пройшов експертизу", "Design passed the state review", 0.1, { byReceiver: true }),
  ],
  // DEBRIS_WASTE
  "rubble-crusher": [
    step("Мобільну дробарку передано комунальному підприємству", "Mobile crusher handed over to the municipal utility", 0.85, {
      goods: { item: "mobile rubble crusher", quantity: 1 },
    }),
    step("Оператори дробарки пройшли навчання", "Crusher operators trained", 0.15),
  ],
  "sorting-containers": [
    step("Контейнери для роздільного збору доставлено", "Sorting containers delivered", 0.9, {
      goods: { item: "waste sorting containers", quantity: 120 },
    }),
    step("Майданчики для контейнерів облаштовано в 30 дворах", "Container sites set up in 30 courtyards", 0.1, { byReceiver: true }),
  ],
  // SPECIAL_VEHICLES
  "fire-engine": [
    step("Пожежну автоцистерну передано пожежній команді громади", "Fire engine handed over to the community fire brigade", 0.85, {
      goods: { item: "fire engine", quantity: 1 },
    }),
    step("Пожежники пройшли навчання на новій техніці", "Firefighters trained on the new engine", 0.15),
  ],
  ambulance: [
    step("Автомобіль швидкої допомоги передано лікарні", "Ambulance handed over to the hospital", 0.85, {
      goods: { item: "ambulance", quantity: 1 },
    }),
    step("Автомобіль укомплектовано медичним обладнанням", "Ambulance fitted with medical equipment", 0.15, { byReceiver: true }),
  ],
  "municipal-tractor": [
    step("Трактор доставлено комунальному підприємству", "Tractor delivered to the municipal utility", 0.85, {
      goods: { item: "tractor", quantity: 1 },
    }),
    step("Снігоочисний відвал і щітку доставлено", "Snow plough and brush attachments delivered", 0.15, {
      goods: { item: "tractor attachments", quantity: 2 },
    }),
  ],
  // EDUCATION_YOUTH
  "stem-classroom": [
    step("Ноутбуки та набори з робототехніки доставлено до ліцею", "Laptops and robotics kits delivered to the lyceum", 0.7, {
      goods: { item: "laptops and robotics kits", quantity: 30 },
    }),
    step("STEM-кабінет відремонтовано та обладнано меблями", "STEM classroom renovated and furnished", 0.3, { byReceiver: true }),
  ],
  "language-camp": [
    step("Програму табору та вожатих погоджено", "Camp programme and leaders agreed", 0.1),
    step("Мовний табір для 40 підлітків проведено", "Language camp held for 40 teenagers", 0.7),
    step("Зустрічний візит молоді до партнерів", "Return visit of the young people to the partners", 0.2, { byReceiver: true }),
  ],
  laptops: [
    step("Ноутбуки передано школам громади", "Laptops handed over to the community's schools", 0.9, {
      goods: { item: "laptops", quantity: 40 },
    }),
    step("Вчителі пройшли навчання з дистанційних платформ", "Teachers trained on remote-learning platforms", 0.1),
  ],
  // BORDER_EQUIPMENT
  "border-waiting-area": [
    step("Модульні павільйони встановлено біля пункту пропуску", "Modular pavilions installed at the crossing", 0.6, {
      goods: { item: "modular pavilions", quantity: 4 },
    }),
    step("Зону очікування підключено до електрики й води", "Waiting area connected to power and water", 0.4, works),
  ],
  "truck-queue": [
    step("Програму електронної черги налаштовано", "Queue software configured", 0.5),
    step("Табло та термінали черги встановлено", "Queue display boards and kiosks installed", 0.5, {
      goods: { item: "queue kiosks", quantity: 6 },
    }),
  ],
  // ENVIRONMENT
  "water-lab": [
    step("Лабораторне обладнання доставлено", "Laboratory equipment delivered", 0.8, {
      goods: { item: "water-testing laboratory set", quantity: 1 },
    }),
    step("Лаборанти пройшли навчання", "Laboratory staff trained", 0.2),
  ],
  "town-park": [
    step("У парку висаджено 300 дерев", "300 trees planted in the park", 0.4, { byReceiver: true }),
    step("Лавки та освітлення в парку встановлено", "Benches and lighting installed in the park", 0.6, works),
  ],
  // SHELTERS
  "kindergarten-shelter": [
    step("Проєкт укриття погоджено з ДСНС", "Shelter design approved by the emergency service", 0.1, { byReceiver: true, registry: true }),
    step("Будівельні роботи в укритті садочка", "Construction of the kindergarten shelter", 0.7, works),
    step("Укриття обладнано вентиляцією та генератором", "Shelter fitted with ventilation and a generator", 0.2, {
      goods: { item: "ventilation unit and generator", quantity: 2 },
    }),
  ],
  "lyceum-shelter": [
    step("Обладнання для укриття ліцею закуплено", "Equipment for the lyceum's shelter purchased", 0.6, works),
    step("Укриття ліцею облаштовано на 300 учнів", "Lyceum shelter fitted out for 300 pupils", 0.4, { byReceiver: true }),
  ],
  // BUSINESS_RELOCATION
  "industrial-park": [
    step("Концепцію індустріального парку розроблено", "Industrial park concept drafted", 0.15),
    step("Під'їзну дорогу та мережі до парку збудовано", "Access road and utilities for the park built", 0.85, {
      ...works,
      registry: true,
    }),
  ],
  "logistics-warehouse": [
    step("Проєкт складу та ділянку погоджено", "Warehouse design and site agreed", 0.1, { byReceiver: true }),
    step("Склад збудовано", "Warehouse built", 0.75, { ...works, registry: true }),
    step("Стелажі та навантажувач передано", "Racking and a forklift handed over", 0.15, { goods: { item: "forklift", quantity: 1 } }),
  ],
  // EXPORT_DEVELOPMENT
  "trade-fair": [
    step("Стенд на виставці заброньовано", "Trade-fair stand booked", 0.4),
    step("Шість виробників представили продукцію на виставці", "Six producers showed their goods at the fair", 0.6),
  ],
  certification: [
    step("Аудит сироварень проведено", "Cheese dairies audited", 0.4),
    step("Три сироварні отримали сертифікати", "Three dairies certified", 0.6, { byReceiver: true }),
  ],
  // INVESTMENT
  "berry-plant": [
    step("Техніко-економічне обґрунтування заводу", "Feasibility study for the plant", 0.05),
    step("Інвестиційний форум для переробників ягід", "Investment forum for berry processors", 0.05, { byReceiver: true }),
  ],
  "block-line": [
    step("Лінію з виробництва будівельних блоків доставлено", "Building-block production line delivered", 0.8, {
      goods: { item: "block production line", quantity: 1 },
    }),
    step("Першу партію блоків для відбудови виготовлено", "First batch of blocks for rebuilding made", 0.2, { byReceiver: true }),
  ],
  // INTEGRATION_EMPLOYMENT
  "retraining-centre": [
    step("Приміщення центру перекваліфікації відремонтовано", "Retraining centre premises renovated", 0.5, works),
    step("Перші 25 слухачів завершили курси", "First 25 trainees completed their courses", 0.5, { byReceiver: true }),
  ],
  "micro-grants": [
    step("Конкурс мікрогрантів оголошено", "Micro-grant competition announced", 0.05, { byReceiver: true }),
    step("12 мікрогрантів виплачено підприємцям", "12 micro-grants paid to entrepreneurs", 0.95, { byReceiver: true }),
  ],
  // HEALTHCARE
  "rehab-ward": [
    step("Реабілітаційне обладнання доставлено до лікарні", "Rehabilitation equipment delivered to the hospital", 0.8, {
      goods: { item: "rehabilitation equipment, units", quantity: 14 },
    }),
    step("Фізіотерапевти пройшли навчання", "Physiotherapists trained", 0.2),
  ],
  "portable-ultrasound": [
    step("Портативний апарат УЗД передано амбулаторії", "Portable ultrasound handed over to the clinic", 0.9, {
      goods: { item: "portable ultrasound scanner", quantity: 1 },
    }),
    step("Лікарі пройшли навчання з ультразвукової діагностики", "Doctors trained in ultrasound diagnostics", 0.1),
  ],
  "child-psychologists": [
    step("Психологи розпочали групові заняття в школах", "Psychologists started group sessions in schools", 0.5, { byReceiver: true }),
    step("Другий семестр занять для 120 дітей", "Second term of sessions for 120 children", 0.5, { byReceiver: true }),
  ],
  // HUMANITARIAN_AID
  generators: [
    step("Генератори передано пунктам незламності", "Generators handed over to the resilience points", 0.85, {
      goods: { item: "generators", quantity: 12 },
    }),
    step("Генератор для лікарні встановлено та підключено", "Generator installed and connected at the hospital", 0.15, works),
  ],
  "winter-kits": [
    step("Зимові набори доставлено на склад громади", "Winter kits delivered to the community's warehouse", 0.85, {
      goods: { item: "winter kits", quantity: 300 },
    }),
    step("Набори роздано 300 родинам", "Kits distributed to 300 families", 0.15, { byReceiver: true }),
  ],
  // CULTURE_IDENTITY
  "wooden-church": [
    step("Обстеження та реставраційний проєкт церкви", "Survey and restoration design for the church", 0.2, { registry: true }),
    step("Дах церкви перекрито", "Church roof re-covered", 0.5, works),
    step("Іконостас відреставровано", "Iconostasis restored", 0.3, { byReceiver: true }),
  ],
  "museum-digitisation": [
    step("Сканер і комп'ютери передано музею", "Scanner and computers handed over to the museum", 0.5, {
      goods: { item: "scanner and computers", quantity: 3 },
    }),
    step("Оцифровано перші 2 000 предметів", "First 2,000 items digitised", 0.5, { byReceiver: true }),
  ],
  // CIVIL_SOCIETY_GOVERNANCE
  "participatory-budget": [
    step("Положення про бюджет участі ухвалено", "Participatory budget rules adopted", 0.3),
    step("Мешканці проголосували за 8 проєктів", "Residents voted for 8 projects", 0.7, { byReceiver: true }),
  ],
  "councillor-training": [
    step("Навчання для 30 депутатів і старост", "Training for 30 councillors and village heads", 0.6),
    step("Навчальний візит до партнерської громади", "Study visit to the partner municipality", 0.4),
  ],
  // DIALOGUE_PEACEBUILDING
  "dialogue-meetings": [
    step("Підготовлено модераторів діалогу", "Dialogue facilitators trained", 0.4),
    step("Шість діалогових зустрічей проведено", "Six dialogue meetings held", 0.6, { byReceiver: true }),
  ],
  "veterans-space": [
    step("Приміщення ветеранського простору відремонтовано", "Premises for the veterans' space renovated", 0.6, works),
    step("Меблі та техніку для простору передано", "Furniture and equipment for the space handed over", 0.4, {
      goods: { item: "furniture and equipment sets", quantity: 5 },
    }),
  ],
  // ADVOCACY
  "delegation-visit": [step("Делегація громади відвідала партнерське місто", "Community delegation visited the partner city", 1)],
  "english-profile": [
    step("Англомовну презентацію громади підготовлено", "English-language presentation of the community ready", 0.7),
    step("Презентацію показано на донорській конференції", "Presentation shown at a donor conference", 0.3, { byReceiver: true }),
  ],
};

/** Two organisations' plan (no community need behind it): joint programme, fundraising, report. */
const orgPlan: Step[] = [
  step("Спільну програму на рік погоджено", "Joint annual programme agreed", 0.15),
  step("Спільний збір на генератори для громад", "Joint fundraising for generators for communities", 0.65, {
    goods: { item: "generators", quantity: 10 },
  }),
  step("Спільний звіт донорам опубліковано", "Joint report to donors published", 0.2, { byReceiver: true }),
];

/** Steps that leave papers rather than something to photograph. */
const paperwork = /design|audit|approved|agreed|drafted|study|rules|configured|published|booked|announced|review|survey|concept|ready/i;

const cancelReasons = [
  "Постачальник не зміг поставити обладнання цього року; кошти перенесено на інший етап.",
  "The community received the same equipment through a state programme, so this step was dropped.",
  "Будівлю пошкоджено обстрілом; роботи перенесено в новий проєкт після обстеження.",
  "The tender failed twice: no bids within the budget.",
];

// ---------------------------------------------------------------------------------------------

/** Offsets in whole days from the seeding day: what every draw here works with. */
const offsetOf = (date: Date | string | null | undefined, today: Date): number | null =>
  date ? Math.round((new Date(date).getTime() - today.getTime()) / DAY_MS) : null;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** The currency an organisation pledges in: its own when the tracker knows it, else euros (dollars overseas). */
function pledgeCurrency(country: string): string {
  const own = countryCurrency[country] ?? "EUR";
  if (own in eurPerUnit) return own;
  return ["AUD", "BRL", "NZD"].includes(own) ? "USD" : "EUR";
}

/** Whole units of `currency` worth `eur` euros, rounded like an estimate. */
function unitsOf(eur: number, currency: string): number {
  return roundAmount(eur * (perEuro[currency] ?? 1));
}

/** Rounds down to a step that suits the size, so tranches never add up to more than the pledge. */
function floorTo(units: number): number {
  const step = units >= 100_000 ? 1_000 : 100;
  return Math.floor(units / step) * step;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface Sides {
  giver: PartnershipSide;
  receiver: PartnershipSide;
}

/** The demo accounts that speak for a side (so their names appear on what that side recorded). */
function sideUsers(partnership: DemoPartnership, orgs: Map<string, DemoOrganization>, berezhanyId: string | undefined) {
  const users: Partial<Record<PartnershipSide, string>> = {};
  const bySlug: Record<string, string> = {
    [keyOrganizationSlugs.berlinRepresentative]: userId(demoAccounts.representative),
    [keyOrganizationSlugs.berlinYouth]: userId("anna.schneider@demo.example"),
  };
  const org = orgs.get(partnership.row.organizationId)?.row.slug;
  if (org && bySlug[org]) users[PartnershipSide.ORGANIZATION] = bySlug[org];
  if (berezhanyId && partnership.row.communityId === berezhanyId) users[PartnershipSide.COMMUNITY] = userId(demoAccounts.official);
  return users;
}

interface PlannedStep {
  step: Step;
  need: DemoNeed | null;
  /** The whole need's (or plan's) value in euros. */
  eur: number;
}

function stepsFor(partnership: DemoPartnership, needById: Map<string, DemoNeed>, rng: Random): PlannedStep[] {
  const needs = partnership.needIds.map((id) => needById.get(id)).filter((n): n is DemoNeed => Boolean(n));
  if (needs.length === 0) {
    const eur = roundAmount(8_000 + rng.next() * 30_000);
    return orgPlan.map((step) => ({ step, need: null, eur }));
  }
  const out: PlannedStep[] = [];
  for (const need of needs) {
    const steps = stepsByNeed[need.template.key];
    if (!steps) continue;
    const eur = minorToUnits(BigInt(need.row.costMinor ?? 0)) / (perEuro[need.row.currency ?? "EUR"] ?? 1);
    for (const s of steps) out.push({ step: s, need, eur });
  }
  // A plan of up to four steps: a second need's steps go after the first's, cut at four.
  return out.slice(0, 4);
}

/** A step's status: a closed partnership's are mostly confirmed; an active one's follow their planned dates. */
function statusFor(rng: Random, partnership: PartnershipStatus, planned: number, mayCancel: boolean): MilestoneStatus {
  const r = rng.next();
  if (mayCancel && r < 0.1) return MilestoneStatus.CANCELLED;
  if (partnership === PartnershipStatus.COMPLETED) return r < 0.22 ? MilestoneStatus.DELIVERED : MilestoneStatus.CONFIRMED;
  const s = rng.next();
  if (planned <= -20) return s < 0.55 ? MilestoneStatus.CONFIRMED : s < 0.85 ? MilestoneStatus.DELIVERED : MilestoneStatus.IN_PROGRESS;
  if (planned <= 30) return s < 0.25 ? MilestoneStatus.DELIVERED : s < 0.75 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
  return s < 0.3 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
}

export function buildRecovery(
  orgs: readonly DemoOrganization[],
  needs: readonly DemoNeed[],
  partnerships: readonly DemoPartnership[],
  today: Date,
): DemoRecovery {
  const rng = rngFor("recovery");
  const out: DemoRecovery = { milestones: [], milestoneNeeds: [], transactions: [], evidence: [], questions: [], exchangeRates: [] };
  const orgById = new Map(orgs.map((o) => [o.row.id, o]));
  const needById = new Map(needs.map((n) => [n.row.id, n]));
  const communityOf = new Map(needs.map((n) => [n.community.id, n.community]));
  const berezhanyId = needs.find((n) => n.community.row.katottg === BEREZHANY_KATOTTG)?.community.id;
  const day = (offset: number, hour = 0) => new Date(addDays(today, offset).getTime() + hour * 3_600_000);
  let cancelled = 0;
  /** Per milestone: whether its step is something one photographs (goods, works, people at work), not papers. */
  const photogenic: boolean[] = [];

  const agreed = partnerships.filter(
    (p) =>
      p.row.status === ModerationStatus.PUBLISHED &&
      (p.row.partnershipStatus === PartnershipStatus.ACTIVE || p.row.partnershipStatus === PartnershipStatus.COMPLETED),
  );
  for (const partnership of agreed) {
    const p = partnership.row;
    const org = orgById.get(p.organizationId);
    const start = offsetOf(p.startDate, today);
    if (!org || start === null) continue;
    const completed = p.partnershipStatus === PartnershipStatus.COMPLETED;
    const end = Math.min(offsetOf(p.endDate, today) ?? start + 420, completed ? -10 : Number.POSITIVE_INFINITY);
    const sides: Sides = {
      giver: PartnershipSide.ORGANIZATION,
      receiver: p.communityId ? PartnershipSide.COMMUNITY : PartnershipSide.PARTNER_ORGANIZATION,
    };
    const users = sideUsers(partnership, orgById, berezhanyId);
    const currency = pledgeCurrency(org.row.country);
    const steps = stepsFor(partnership, needById, rng);

    steps.forEach(({ step, need, eur }, index) => {
      const id = seedId("milestone", `${p.slug}:${index}`);
      const planned = Math.min(start + Math.round(((end - start) * (index + 1)) / (steps.length + 1)) + rng.int(-7, 7), end);
      // A plan's first step is never the cancelled one, and cancellations stay a few.
      const status = statusFor(rng, p.partnershipStatus, planned, index > 0 && cancelled < 4);
      if (status === MilestoneStatus.CANCELLED) cancelled++;
      const pledged = Math.min(-1, start + rng.int(0, 14));
      const delivered = status === MilestoneStatus.DELIVERED || status === MilestoneStatus.CONFIRMED;
      const confirmed = status === MilestoneStatus.CONFIRMED;
      // Delivered by yesterday (a closed partnership's by its end), confirmed a few days later.
      const latest = completed ? Math.min(end, -3) : -1;
      const deliveredOn = delivered ? clamp(planned + rng.int(-5, 10), pledged + 10, confirmed ? latest - 2 : latest) : null;
      const confirmedOn = confirmed && deliveredOn !== null ? Math.min(deliveredOn + rng.int(2, 12), -1) : null;
      const deliveredBy = step.byReceiver ? sides.receiver : sides.giver;
      const confirmingSide = deliveredBy === sides.giver ? sides.receiver : sides.giver;
      const tenderOn = step.tender && status !== MilestoneStatus.PLANNED && rng.chance(0.6) ? Math.min(pledged + rng.int(3, 20), -1) : null;
      const registered = step.registry && rng.chance(0.8);

      out.milestones.push({
        id,
        partnershipId: p.id,
        title: step.title,
        plannedDate: day(planned),
        milestoneStatus: status,
        cancelReason: status === MilestoneStatus.CANCELLED ? (cancelReasons[(cancelled - 1) % cancelReasons.length] ?? null) : null,
        deliveredBySide: delivered ? deliveredBy : null,
        deliveredAt: deliveredOn !== null ? day(deliveredOn, 11) : null,
        confirmedById: confirmed ? (users[confirmingSide] ?? null) : null,
        confirmedAt: confirmedOn !== null ? day(confirmedOn, 15) : null,
        registryProjectId: registered ? `DREAM-UA-${day(pledged).getUTCFullYear()}-${String(rng.int(1, 99_999)).padStart(5, "0")}` : null,
        tenderId:
          tenderOn !== null
            ? `UA-${isoDay(day(tenderOn))}-${String(rng.int(1, 999_999)).padStart(6, "0")}-${rng.pick(["a", "b", "c"])}`
            : null,
        createdById: users[sides.giver] ?? null,
        isDemo: true,
        createdAt: day(pledged, 9),
      });
      photogenic.push(!paperwork.test(step.title.en));
      if (need) out.milestoneNeeds.push({ milestoneId: id, needId: need.row.id });
      if (status === MilestoneStatus.CANCELLED) return;

      // Money and goods. The pledge comes first; nothing is dated after yesterday.
      let n = 0;
      const add = (flow: AidFlow, offset: number, units: number, cur: string, extra: Partial<DemoTransaction> = {}) => {
        out.transactions.push({
          id: seedId("aid-transaction", `${id}:${n++}`),
          partnershipId: p.id,
          milestoneId: id,
          flow,
          amountMinor: unitsToMinor(units),
          currency: cur,
          date: day(offset),
          providerSide: sides.giver,
          receiverSide: sides.receiver,
          inKind: false,
          recordedById: (flow === AidFlow.EXPENDITURE ? users[sides.receiver] : users[sides.giver]) ?? null,
          isDemo: true,
          createdAt: day(offset, 16),
          ...extra,
        });
      };
      const value = Math.max(unitsOf(eur * step.share, currency), 500);
      if (status === MilestoneStatus.PLANNED && !rng.chance(0.7)) return;
      if (step.goods) {
        const goods = { inKind: true, quantity: step.goods.quantity, item: step.goods.item };
        add(AidFlow.COMMITMENT, pledged, value, currency, { ...goods, note: "Estimated value of the goods." });
        if (deliveredOn !== null)
          add(AidFlow.DISBURSEMENT, Math.max(deliveredOn, pledged), value, currency, {
            ...goods,
            note: "Handed over; the acceptance certificate is signed.",
          });
        return;
      }
      add(AidFlow.COMMITMENT, pledged, value, currency);
      let paidUntil = pledged;
      let paid = 0;
      const pay = (offset: number, units: number) => {
        if (units <= 0) return;
        paidUntil = clamp(offset, paidUntil, -1);
        paid += units;
        add(AidFlow.DISBURSEMENT, paidUntil, units, currency);
      };
      if (status === MilestoneStatus.IN_PROGRESS) {
        if (rng.chance(0.6)) pay(pledged + rng.int(7, 40), floorTo(value * (0.3 + rng.next() * 0.2)));
        return;
      }
      if (deliveredOn === null) return;
      const share = confirmed ? (rng.chance(0.8) ? 1 : 0.9) : 0.7 + rng.next() * 0.3;
      const total = share === 1 ? value : floorTo(value * share);
      if (rng.chance(0.5)) {
        const advance = floorTo(value * (0.4 + rng.next() * 0.2));
        pay(clamp(pledged + rng.int(7, 30), pledged, deliveredOn - 1), advance);
        pay(deliveredOn + rng.int(-3, 5), total - advance);
      } else {
        pay(deliveredOn + rng.int(-5, 3), total);
      }
      if (!confirmed || confirmedOn === null) return;
      // What the receiving side spent of it: in the pledge's currency, or in hryvnias at home.
      const inHryvnias = currency !== "UAH" && rng.chance(0.35);
      const spend = (units: number) =>
        inHryvnias ? roundAmount((units * (eurPerUnit[currency] ?? 1)) / (eurPerUnit.UAH ?? 1)) : floorTo(units);
      const spent = paid * (0.85 + rng.next() * 0.15);
      const spentOn = Math.min(Math.max(paidUntil, deliveredOn) + rng.int(0, 20), -1);
      const expenditureCurrency = inHryvnias ? "UAH" : currency;
      const note = step.byReceiver
        ? "Оплачено підряднику за актом виконаних робіт."
        : "Витрати громади на доставку, встановлення та реєстрацію.";
      if (rng.chance(0.4)) {
        const first = spent * (0.5 + rng.next() * 0.2);
        add(AidFlow.EXPENDITURE, spentOn, spend(first), expenditureCurrency, { note });
        add(AidFlow.EXPENDITURE, Math.min(spentOn + rng.int(5, 25), -1), spend(spent - first), expenditureCurrency);
      } else {
        add(AidFlow.EXPENDITURE, spentOn, spend(spent), expenditureCurrency, { note });
      }
    });
  }

  // Photos for most delivered steps one can photograph, none of papers; one, sometimes two,
  // uploaded by the side that delivered. Each costs the first seed ~0.3 s of CPU (two mozjpeg
  // encodes), which is why there are not more.
  for (const [index, m] of out.milestones.entries()) {
    const visible = Boolean(photogenic[index]);
    if (m.deliveredAt === null || m.deliveredBySide === null || !visible || !rng.chance(0.72)) continue;
    const partnership = agreed.find((p) => p.row.id === m.partnershipId);
    if (!partnership) continue;
    const users = sideUsers(partnership, orgById, berezhanyId);
    // Where the photo was taken: the community's centre, or the partner organisation's city.
    const community = partnership.row.communityId ? communityOf.get(partnership.row.communityId) : undefined;
    const partner = orgById.get(partnership.row.partnerOrganizationId ?? partnership.row.organizationId);
    const place = community
      ? { uk: community.row.centerUk, en: community.row.centerEn }
      : { uk: partner?.city.uk ?? "", en: partner?.city.en ?? "" };
    const stem = slugify(m.title.en)
      .split("-")
      .filter((w) => !["the", "to", "of", "a", "and", "for", "at", "in", "on", "with"].includes(w))
      .slice(0, 3)
      .join("-");
    const count = rng.chance(0.1) ? 2 : 1;
    const ukrainian = m.deliveredBySide === PartnershipSide.COMMUNITY;
    const delivered = offsetOf(m.deliveredAt, today) ?? -1;
    for (let k = 0; k < count; k++) {
      const id = seedId("evidence", `${m.id}:${k}`);
      const storedKey = `${DEMO_EVIDENCE_PREFIX}/${id}.jpg`;
      out.evidence.push({
        row: {
          id,
          milestoneId: m.id,
          kind: EvidenceKind.IMAGE,
          storedKey,
          thumbKey: thumbKeyFor(storedKey),
          fileName: `${stem}${k > 0 ? `-${k + 1}` : ""}.jpg`,
          caption: ukrainian
            ? `${place.uk}: ${lowerFirst(m.title.uk)}${k > 0 ? " (ще одне фото)" : ""}`
            : `${place.en}: ${lowerFirst(m.title.en)}${k > 0 ? " (another view)" : ""}`,
          uploadedById: users[m.deliveredBySide] ?? null,
          isDemo: true,
          createdAt: day(Math.min(delivered + k, -1), 17),
        },
        image: { seed: id, label: `${place.en}: ${m.title.en}` },
      });
    }
  }

  out.questions = buildQuestions(out.milestones, agreed, berezhanyId, today);
  out.exchangeRates = exchangeRates();
  return out;
}

/** A few public questions by demo members: most answered, one left unanswered for over two weeks. */
function buildQuestions(
  milestones: readonly DemoMilestone[],
  partnerships: readonly DemoPartnership[],
  berezhanyId: string | undefined,
  today: Date,
): DemoQuestion[] {
  const u = (name: string) => userId(`${name}@demo.example`);
  const day = (offset: number, hour: number) => new Date(addDays(today, offset).getTime() + hour * 3_600_000);
  const communityOf = new Map(partnerships.map((p) => [p.row.id, p.row.communityId]));
  const created = (m: DemoMilestone) => Math.round((m.createdAt.getTime() - today.getTime()) / DAY_MS);
  const used = new Set<string>();
  const find = (test: (m: DemoMilestone) => boolean) => {
    const found = milestones.find((m) => !used.has(m.id) && m.milestoneStatus !== MilestoneStatus.CANCELLED && test(m));
    if (found) used.add(found.id);
    return found;
  };
  const en = (m: DemoMilestone, words: string) => m.title.en.toLowerCase().includes(words);
  const out: DemoQuestion[] = [];
  const ask = (
    key: string,
    m: DemoMilestone | undefined,
    author: string,
    askedOffset: number,
    body: string,
    answer?: { text: string; by: string | null; after: number },
  ) => {
    if (!m) return;
    const asked = Math.min(Math.max(askedOffset, created(m) + 1), -1);
    out.push({
      id: seedId("milestone-question", key),
      milestoneId: m.id,
      authorId: author,
      body,
      answer: answer?.text ?? null,
      answeredById: answer ? answer.by : null,
      answeredAt: answer ? day(Math.min(asked + answer.after, -1), 18) : null,
      createdAt: day(asked, 10),
    });
  };

  const berezhany = (m: DemoMilestone) => Boolean(berezhanyId) && communityOf.get(m.partnershipId) === berezhanyId;
  ask(
    "berezhany-camp",
    find((m) => berezhany(m)),
    u("olena.kravets"),
    -40,
    "Чи зможуть поїхати до табору діти з сіл громади, а не лише з Бережан? Хто оплачує підвезення?",
    {
      text: "Так: 15 із 40 місць — для дітей зі старостинських округів, підвезення забезпечує громада шкільним автобусом.",
      by: userId(demoAccounts.official),
      after: 2,
    },
  );
  ask(
    "ambulance",
    find((m) => en(m, "ambulance handed over")),
    u("petro.shevchuk"),
    -90,
    "На якій підстанції працюватиме новий автомобіль швидкої і чи їздитиме він до віддалених сіл?",
    {
      text: "Автомобіль базується в центрі громади й обслуговує всі її села; виклики з віддалених сіл — у пріоритеті.",
      by: null,
      after: 3,
    },
  );
  ask(
    "generators",
    find((m) => en(m, "generators")),
    u("jan.nowak"),
    -60,
    "Were the generators bought new or used, and who services them?",
    { text: "New, 10 kVA each. The municipal utility services them; the supplier's warranty runs for two years.", by: null, after: 4 },
  );
  ask(
    "tendered-works",
    find((m) => m.milestoneStatus === MilestoneStatus.CONFIRMED && Boolean(m.tenderId)),
    u("kateryna.oliinyk"),
    -30,
    "Скільки коштували роботи і хто їх виконував? Чи був тендер?",
    { text: "Роботи закупили через Prozorro, номер тендеру вказано в етапі; акт виконаних робіт і фото додано.", by: null, after: 5 },
  );
  // Long unanswered: the step should have been delivered weeks ago.
  ask(
    "late-works",
    find((m) => m.milestoneStatus === MilestoneStatus.IN_PROGRESS && m.plannedDate.getTime() < addDays(today, -14).getTime()) ??
      find((m) => m.milestoneStatus === MilestoneStatus.IN_PROGRESS),
    u("maksym.lysenko"),
    -23,
    "Роботи мали завершитися ще минулого місяця, але на об'єкті нікого не видно. Коли їх продовжать?",
  );
  ask(
    "report",
    find((m) => m.milestoneStatus === MilestoneStatus.DELIVERED),
    u("sofia.tkachuk"),
    -3,
    "Чи буде опубліковано звіт про використання коштів з копіями актів?",
  );
  return out;
}

/** The tracker's rates: each currency's reference value from 1 January 2026, and a newer hryvnia rate. */
export function exchangeRates(): DemoExchangeRate[] {
  const rows: [string, string, number][] = Object.entries(eurPerUnit)
    .filter(([currency]) => currency !== "EUR")
    .map(([currency, rate]) => [currency, "2026-01-01", rate]);
  rows.push(["UAH", "2026-07-01", 0.021]);
  return rows.map(([currency, from, rate]) => ({
    id: seedId("exchange-rate", `${currency}:${from}`),
    currency,
    validFrom: new Date(`${from}T00:00:00Z`),
    eurPerUnit: String(rate),
    setById: userId(demoAccounts.moderator),
    createdAt: new Date(`${from}T08:00:00Z`),
  }));
}
