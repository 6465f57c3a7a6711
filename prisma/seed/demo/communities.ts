// Demo profiles for real communities: who fills in the profile is invented, the official facts
// (name, raion, centre, population) come from the codifier rows. Profiles use generic, widely
// true statements rather than claims about a particular place, except for Бережанська, which the
// journeys use and which is written by hand.
import type { Prisma } from "../../../generated/prisma/client";
import { CooperationGoal, OrganizationKind, type CommunityType } from "../../../generated/prisma/enums";
import { getOblast } from "../../../lib/geo/places";
import type { HromadaRow } from "../official";
import type { Random } from "../util";
import { formatCount, locativeUk, plural, rngFor, upperFirst } from "./common";
import { texts, type Text } from "./vocabulary";

export interface OfficialCommunity {
  id: string;
  slug: string;
  row: HromadaRow;
}

export interface DemoCommunityProfile {
  community: OfficialCommunity;
  verified: boolean;
  data: Prisma.CommunityUpdateManyMutationInput;
}

export const BEREZHANY_KATOTTG = "UA61040030000060956";
export const KYIV_KATOTTG = "UA80000000000093317";
/** Шацька and Бахмацька: named with Бережанська as communities with a recovery plan (issue 18). */
export const SHATSK_KATOTTG = "UA07060450000051170";
export const BAKHMACH_KATOTTG = "UA74040030000093042";

const EXCLUDED_OBLASTS = new Set(["UA01000000000013043", "UA44000000000018893", "UA85000000000065278"]);

const typeWords: Record<CommunityType, { uk: string; ukGenitive: string; ukDative: string; en: string }> = {
  URBAN: { uk: "міська", ukGenitive: "міської", ukDative: "міській", en: "urban" },
  SETTLEMENT: { uk: "селищна", ukGenitive: "селищної", ukDative: "селищній", en: "settlement" },
  RURAL: { uk: "сільська", ukGenitive: "сільської", ukDative: "сільській", en: "rural" },
};

/** "Бережанська міська громада" and its cases; the short names are adjectives ending in -а. */
export function communityNames(row: HromadaRow): { uk: string; ukGenitive: string; ukDative: string; en: string } {
  if (row.katottg === KYIV_KATOTTG) return { uk: "Київ", ukGenitive: "Києва", ukDative: "Києву", en: "Kyiv" };
  const stem = row.shortUk.replace(/а$/, "");
  const type = typeWords[row.type];
  return {
    uk: `${row.shortUk} ${type.uk} громада`,
    ukGenitive: `${stem}ої ${type.ukGenitive} громади`,
    ukDative: `${stem}ій ${type.ukDative} громаді`,
    en: `${row.shortEn} ${type.en} hromada`,
  };
}

/** Ukrainian euphony: "в" before a vowel, "у" before a consonant ("в Ужгородському", "у Луцькому"). */
function inUk(phrase: string): string {
  return `${/^[аеєиіїоуюя]/i.test(phrase) ? "в" : "у"} ${phrase}`;
}

function genitiveOblast(name: string): string {
  return name.replace(/а область$/, "ої області");
}

const challengesCommon = texts([
  ["зношені мережі тепло- та водопостачання", "worn-out heating and water networks"],
  ["нестача житла для переселенців", "a shortage of housing for displaced people"],
  ["молодь виїжджає до великих міст і за кордон", "young people leave for big cities and abroad"],
  ["бракує шкільного транспорту для віддалених сіл", "too little school transport for remote villages"],
  ["залежність від енергосистеми під час атак на неї", "dependence on the power grid while it is under attack"],
  ["у сільських амбулаторіях бракує лікарів", "too few doctors in village clinics"],
  ["укриття є не в усіх школах і садочках", "not every school and kindergarten has a shelter"],
  ["застаріла комунальна техніка", "outdated municipal machinery"],
]);

const challengesFrontline = texts([
  ["регулярні обстріли та пошкоджена критична інфраструктура", "regular shelling and damaged critical infrastructure"],
  ["заміновані сільськогосподарські угіддя", "mined farmland"],
  ["частину мешканців евакуйовано, робочих місць поменшало", "part of the population has been evacuated and jobs have been lost"],
]);

const industryByType: Record<CommunityType, Text[]> = {
  URBAN: texts([
    ["харчова промисловість, машинобудування та ІТ-компанії", "food processing, engineering and IT companies"],
    ["деревообробка та виробництво меблів", "woodworking and furniture making"],
    ["легка промисловість і логістичні компанії", "light industry and logistics companies"],
  ]),
  SETTLEMENT: texts([
    ["переробка сільськогосподарської продукції та лісове господарство", "farm produce processing and forestry"],
    ["кар'єри будівельних матеріалів і невеликі виробництва", "building-material quarries and small manufacturers"],
  ]),
  RURAL: texts([
    ["зернові та олійні культури, молочне тваринництво", "grain, oilseeds and dairy farming"],
    ["ягідництво та фермерські господарства", "berry growing and family farms"],
    ["бджільництво та крафтові сироварні", "beekeeping and craft cheese making"],
  ]),
};

const heritage = texts([
  ["краєзнавчий музей і будівлі XIX–XX століть", "a local history museum and 19th–20th-century buildings"],
  ["дерев'яні церкви та народні промисли", "wooden churches and folk crafts"],
  ["садибні парки", "historic manor parks"],
  ["пам'ятні місця історії краю", "memorial sites of local history"],
  ["природоохоронні території та річкові долини", "protected nature areas and river valleys"],
]);

const infrastructure = texts([
  ["залізнична станція та автошлях державного значення", "a railway station and a national highway"],
  ["опорний ліцей, лікарня та центр надання адміністративних послуг", "a main lyceum, a hospital and an administrative services centre"],
  ["вільні земельні ділянки для інвесторів", "free land plots for investors"],
  ["виробничі приміщення, придатні для релокації підприємств", "industrial premises suitable for relocated companies"],
  ["гуртожиток і спортивний комплекс", "a dormitory and a sports complex"],
]);

const offers = texts([
  ["досвід прийому та інтеграції переселенців", "experience in receiving and integrating displaced people"],
  ["місця для літніх таборів і молодіжних обмінів", "places for summer camps and youth exchanges"],
  ["місцева продукція: мед, сири, ягоди", "local produce: honey, cheese and berries"],
  ["культурні програми та фестивалі для гостей", "cultural programmes and festivals for visitors"],
  ["досвід цифровізації адміністративних послуг", "experience in digital public services"],
  ["партнерства шкіл і спортивних клубів", "partnerships between schools and sports clubs"],
  [
    "волонтерів, які розкажуть вашим мешканцям про війну й відбудову",
    "volunteers who can tell your residents about the war and rebuilding",
  ],
]);

const typeSentence: Record<CommunityType, Text> = {
  URBAN: {
    uk: "Місто є освітнім і діловим центром для навколишніх сіл.",
    en: "The town is the centre of education and business for the surrounding villages.",
  },
  SETTLEMENT: {
    uk: "Селище поєднує невеликі підприємства з сільськогосподарськими угіддями навколо.",
    en: "The settlement combines small businesses with the farmland around it.",
  },
  RURAL: {
    uk: "Основа економіки — сільське господарство та переробка продукції.",
    en: "Farming and food processing are the backbone of its economy.",
  },
};

function sentenceList(items: Text[]): Text {
  return { uk: `${upperFirst(items.map((i) => i.uk).join("; "))}.`, en: `${upperFirst(items.map((i) => i.en).join("; "))}.` };
}

function describe(row: HromadaRow, rng: Random): Text {
  const names = communityNames(row);
  const oblast = getOblast(row.oblastCode);
  const n = row.settlementsCount;
  const parts: Text[] = [
    {
      uk: `${names.uk} розташована ${inUk(locativeUk(row.raionUk))} ${genitiveOblast(row.oblastUk)} і об'єднує ${n} ${plural(n, "населений пункт", "населені пункти", "населених пунктів")}; адміністративний центр — ${row.centerUk}.`,
      en: `${names.en} lies in ${row.raionEn}, ${oblast?.en ?? row.oblastEn}, and unites ${n} ${n === 1 ? "settlement" : "settlements"}; its administrative centre is ${row.centerEn}.`,
    },
  ];
  if (row.population) {
    const count = formatCount(row.population);
    parts.push({
      uk: `На початку 2022 року тут мешкало ${count.uk} ${plural(row.population, "людина", "людини", "людей")}.`,
      en: `At the start of 2022 it had ${count.en} residents.`,
    });
  }
  parts.push(typeSentence[row.type]);
  parts.push(
    row.combatZone || row.isPartlyOccupied
      ? {
          uk: "Громада розташована поблизу зони бойових дій і живе під постійною загрозою обстрілів.",
          en: "The community is close to the fighting and lives under constant threat of shelling.",
        }
      : rng.chance(0.6)
        ? {
            uk: "Після 2022 року громада прихистила багато внутрішньо переміщених осіб.",
            en: "Since 2022 the community has taken in many internally displaced people.",
          }
        : {
            uk: "Громада шукає партнерів за кордоном для спільних проєктів відбудови та розвитку.",
            en: "The community is looking for partners abroad for joint rebuilding and development projects.",
          },
  );
  return { uk: parts.map((p) => p.uk).join(" "), en: parts.map((p) => p.en).join(" ") };
}

const goals = Object.values(CooperationGoal);
const preferredCountryPool = ["DE", "PL", "FR", "IT", "CZ", "AT", "NL", "LT", "SE", "CA", "US", "GB", "BE", "SK", "EE"];
const preferredKindPool = [
  OrganizationKind.FOREIGN_MUNICIPALITY,
  OrganizationKind.DIASPORA_ASSOCIATION,
  OrganizationKind.DONOR_AGENCY,
  OrganizationKind.CIVIL_SOCIETY,
  OrganizationKind.BUSINESS,
  OrganizationKind.ACADEMIC,
];

/** A seeded profile: what is written about the community, with the demo's contacts and flags. */
function profile(community: OfficialCommunity, verified: boolean, written: Prisma.CommunityUpdateManyMutationInput): DemoCommunityProfile {
  const contacts = { email: `international@${community.slug}.hromada.example`, website: `https://${community.slug}.hromada.example` };
  return { community, verified, data: { ...written, ...contacts, hasProfile: true, isVerified: verified, isDemo: true } };
}

/** The profiles written by hand (the journeys use Бережанська), by katottg: whether verified, and what they say. */
const handWritten: Record<string, { verified: boolean; written: Prisma.CommunityUpdateManyMutationInput }> = {
  [BEREZHANY_KATOTTG]: {
    verified: true,
    written: {
      description: {
        uk: "Бережанська міська громада — на заході Тернопільщини, у долині річки Золота Липа. Громада об'єднує місто Бережани та навколишні села; на початку 2022 року тут мешкало понад 26 тисяч людей. Бережани відомі як давній освітній осередок краю, а після 2022 року громада прихистила сотні родин переселенців.",
        en: "Berezhanska urban hromada lies in the west of Ternopil Oblast, in the valley of the Zolota Lypa river. It unites the town of Berezhany and the surrounding villages; at the start of 2022 it had over 26,000 residents. Berezhany has long been a centre of education for the region, and since 2022 the community has taken in hundreds of displaced families.",
      },
      challenges: {
        uk: "Після закриття малокомплектних шкіл дітей із сіл треба щодня возити до опорного ліцею, а шкільні автобуси старі. Котельні шкіл працюють на газі й потребують модернізації. Потрібне житло та робота для переселенців.",
        en: "Since the small village schools closed, children have to be driven to the main lyceum every day, and the school buses are old. School boiler houses run on gas and need upgrading. Displaced people need housing and jobs.",
      },
      assetIndustry: {
        uk: "Переробка сільськогосподарської продукції, деревообробка, малий бізнес у сфері послуг.",
        en: "Farm produce processing, woodworking and small service businesses.",
      },
      assetHeritage: {
        uk: "Бережанський замок XVI століття, ратуша на центральній площі, храми різних епох — основа для культурного туризму.",
        en: "The 16th-century Berezhany Castle, the town hall on the main square and churches of several periods: a basis for cultural tourism.",
      },
      assetInfrastructure: {
        uk: "Залізнична станція, заклади фахової передвищої та вищої освіти, опорний ліцей, лікарня.",
        en: "A railway station, colleges and a higher-education institution, the main lyceum and a hospital.",
      },
      offer: {
        uk: "Молодіжні обміни та мовні табори у старовинному місті; досвід роботи з переселенцями; культурні програми для партнерів.",
        en: "Youth exchanges and language camps in a historic town; experience of working with displaced people; cultural programmes for partners.",
      },
      cooperationGoals: [
        CooperationGoal.RECOVERY,
        CooperationGoal.DEVELOPMENT,
        CooperationGoal.EXPERIENCE_EXCHANGE,
        CooperationGoal.RESIDENT_SUPPORT,
      ],
      languages: ["uk", "en", "pl", "de"],
      preferredCountries: ["DE", "PL", "AT"],
      preferredKinds: [OrganizationKind.FOREIGN_MUNICIPALITY, OrganizationKind.DIASPORA_ASSOCIATION, OrganizationKind.CIVIL_SOCIETY],
      preferredPopulationMin: 10_000,
      preferredPopulationMax: 120_000,
    },
  },
  [KYIV_KATOTTG]: {
    verified: false,
    written: {
      description: {
        uk: "Київ — столиця України та найбільша громада країни: на початку 2022 року тут мешкало майже 3 мільйони людей. Місто має статус міста зі спеціальним статусом і самостійно вирішує питання міжнародної співпраці.",
        en: "Kyiv is the capital of Ukraine and its largest community: at the start of 2022 nearly 3 million people lived here. It is a city with special status and runs its own international cooperation.",
      },
      challenges: {
        uk: "Ракетні й дронові атаки на енергетику та житло; потреба в укриттях для шкіл і метро; прийом переселенців з інших регіонів.",
        en: "Missile and drone attacks on energy and housing; shelters needed for schools and public transport; receiving displaced people from other regions.",
      },
      assetIndustry: {
        uk: "ІТ, креативні індустрії, фінансові послуги, харчова промисловість.",
        en: "IT, creative industries, financial services and food processing.",
      },
      assetHeritage: {
        uk: "Софія Київська та Києво-Печерська лавра (об'єкти Світової спадщини ЮНЕСКО), історичний Поділ.",
        en: "Saint Sophia Cathedral and the Kyiv Pechersk Lavra (UNESCO World Heritage), the historic Podil district.",
      },
      assetInfrastructure: {
        uk: "Метро, міжнародні транспортні вузли, університети, великі лікарні.",
        en: "A metro, international transport hubs, universities and major hospitals.",
      },
      offer: {
        uk: "Досвід відновлення енергосистеми під атаками; експертиза університетів; культурні програми.",
        en: "Experience in keeping the power system running under attack; university expertise; cultural programmes.",
      },
      cooperationGoals: [CooperationGoal.RECOVERY, CooperationGoal.EXPERIENCE_EXCHANGE, CooperationGoal.HUMANITARIAN_AID],
      languages: ["uk", "en", "de", "fr"],
      preferredCountries: ["DE", "FR", "PL", "US"],
      preferredKinds: [OrganizationKind.FOREIGN_MUNICIPALITY, OrganizationKind.DONOR_AGENCY],
      preferredPopulationMin: 500_000,
      preferredPopulationMax: 5_000_000,
    },
  },
};

/**
 * Which communities get a demo profile: Бережанська, Kyiv, and in each oblast not under (near)
 * full occupation its centre (when not occupied) and two more of at least 3,000 people; and
 * Шацька and Бахмацька, whose recovery plans the demo shows.
 */
export function selectProfiledCommunities(all: readonly OfficialCommunity[]): OfficialCommunity[] {
  const rng = rngFor("community-selection");
  const chosen = new Map<string, OfficialCommunity>();
  const add = (c: OfficialCommunity | undefined) => {
    if (c) chosen.set(c.row.katottg, c);
  };
  add(all.find((c) => c.row.katottg === BEREZHANY_KATOTTG));
  add(all.find((c) => c.row.katottg === KYIV_KATOTTG));
  const byOblast = new Map<string, OfficialCommunity[]>();
  for (const c of all) {
    if (EXCLUDED_OBLASTS.has(c.row.oblastCode) || c.row.katottg === KYIV_KATOTTG || c.row.isOccupied) continue;
    byOblast.set(c.row.oblastCode, [...(byOblast.get(c.row.oblastCode) ?? []), c]);
  }
  for (const [code, list] of [...byOblast.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const oblast = getOblast(code);
    add(list.find((c) => c.row.type === "URBAN" && c.row.centerUk === oblast?.center.uk));
    const others = list.filter((c) => !chosen.has(c.row.katottg) && (c.row.population ?? 0) >= 3_000);
    for (const c of rng.sample(others, 2)) add(c);
  }
  // Last, so the random picks above (and every profile, need and partnership built in this
  // order) stay what they were before these two were added.
  add(all.find((c) => c.row.katottg === SHATSK_KATOTTG));
  add(all.find((c) => c.row.katottg === BAKHMACH_KATOTTG));
  return [...chosen.values()];
}

export function buildCommunityProfiles(selected: readonly OfficialCommunity[]): DemoCommunityProfile[] {
  const rng = rngFor("community-profiles");
  return selected.map((community) => {
    const own = handWritten[community.row.katottg];
    if (own) return profile(community, own.verified, own.written);
    const row = community.row;
    const frontline = Boolean(row.combatZone || row.isPartlyOccupied);
    const challengeItems = [
      ...(frontline ? rng.sample(challengesFrontline, 2) : []),
      ...rng.sample(challengesCommon, frontline ? 1 : rng.int(2, 3)),
    ];
    const verified = rng.chance(0.4);
    const population = row.population;
    return profile(community, verified, {
      description: describe(row, rng),
      challenges: sentenceList(challengeItems),
      assetIndustry: sentenceList([rng.pick(industryByType[row.type])]),
      assetHeritage: sentenceList(rng.sample(heritage, rng.int(1, 2))),
      assetInfrastructure: sentenceList(rng.sample(infrastructure, rng.int(1, 2))),
      offer: sentenceList(rng.sample(offers, rng.int(2, 3))),
      cooperationGoals: rng.sample(goals, rng.int(2, 4)),
      languages: [...new Set(["uk", "en", ...rng.sample(["pl", "de", "fr", "it", "cs", "ro"], rng.int(0, 1))])],
      preferredCountries: rng.sample(preferredCountryPool, rng.int(1, 3)),
      preferredKinds: rng.sample(preferredKindPool, rng.int(1, 3)),
      preferredPopulationMin: population ? Math.round((population * 0.3) / 1000) * 1000 : null,
      preferredPopulationMax: population ? Math.max(5_000, Math.round((population * 3) / 1000) * 1000) : null,
    });
  });
}
