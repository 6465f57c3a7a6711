// Demo organisations: a few written by hand for the journeys in PRODUCT.md, the rest composed
// from templates over the gazetteer's cities. Every name is invented.
import type { Prisma } from "../../../generated/prisma/client";
import { AidType, LocationPrecision, ModerationStatus, OrganizationKind, Sector } from "../../../generated/prisma/enums";
import { getCity, getCountry, oblasts, type CityRecord, type CountryRecord } from "../../../lib/geo/places";
import { publicPoint } from "../../../lib/geo/precision";
import { unitsToMinor } from "../../../lib/money/minor";
import { seedId, slugify, type Random } from "../util";
import { addDays, jitter, joinList, lowerFirst, rngFor } from "./common";
import { countryCurrency, countryLanguages, languageNames, perEuro, sectorVocabulary, text, type Pair, type Text } from "./vocabulary";

export interface DemoOrganization {
  row: Prisma.OrganizationCreateManyInput & {
    id: string;
    slug: string;
    sectors: Sector[];
    languages: string[];
    aidTypes: AidType[];
    status: ModerationStatus;
  };
  name: Text;
  city: CityRecord;
  country: CountryRecord;
}

const K = OrganizationKind;
const S = Sector;

interface Template {
  key: string;
  kind: OrganizationKind;
  name: (city: CityRecord, country: CountryRecord) => Text;
  sectors: Sector[];
  /** One per country (umbrella bodies), placed in its first city. */
  perCountry?: boolean;
}

/** One row of the template table; the name is written per language for the city it is placed in. */
function template(key: string, kind: OrganizationKind, sectors: Sector[], name: Template["name"]): Template {
  return { key, kind, sectors, name };
}

const templates: Template[] = [
  // Diaspora associations
  template("community", K.DIASPORA_ASSOCIATION, [S.CULTURE_IDENTITY, S.HUMANITARIAN_AID], (c) => ({
    uk: `Українська громада ${c.ukGenitive}`,
    en: `Ukrainian Community of ${c.en}`,
  })),
  template("society", K.DIASPORA_ASSOCIATION, [S.ADVOCACY, S.INTEGRATION_EMPLOYMENT], (c) => ({
    uk: `Товариство українців ${c.ukGenitive}`,
    en: `${c.en} Society of Ukrainians`,
  })),
  template("kalyna", K.DIASPORA_ASSOCIATION, [S.CULTURE_IDENTITY], (c) => ({
    uk: `Товариство «Калина» (${c.uk})`,
    en: `Kalyna Society ${c.en}`,
  })),
  template("women", K.DIASPORA_ASSOCIATION, [S.HUMANITARIAN_AID, S.HEALTHCARE], (c) => ({
    uk: `Союз українок ${c.ukGenitive}`,
    en: `Ukrainian Women's League of ${c.en}`,
  })),
  template("school", K.DIASPORA_ASSOCIATION, [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY], (c) => ({
    uk: `Українська суботня школа «Джерело» (${c.uk})`,
    en: `Dzherelo Ukrainian Saturday School ${c.en}`,
  })),
  template("students", K.DIASPORA_ASSOCIATION, [S.EDUCATION_YOUTH, S.ADVOCACY], (c) => ({
    uk: `Клуб українських студентів ${c.ukGenitive}`,
    en: `Ukrainian Students' Club ${c.en}`,
  })),
  template("family", K.DIASPORA_ASSOCIATION, [S.INTEGRATION_EMPLOYMENT, S.HUMANITARIAN_AID], (c) => ({
    uk: `Об'єднання «Українська родина» (${c.uk})`,
    en: `Ukrainian Family Association ${c.en}`,
  })),
  template("vitryla", K.DIASPORA_ASSOCIATION, [S.EDUCATION_YOUTH], (c) => ({
    uk: `Молодіжна спілка «Вітрила» (${c.uk})`,
    en: `Vitryla Youth Union ${c.en}`,
  })),
  template("parish", K.DIASPORA_ASSOCIATION, [S.HUMANITARIAN_AID, S.CULTURE_IDENTITY], (c) => ({
    uk: `Громадський центр української парафії ${c.ukGenitive}`,
    en: `Ukrainian Parish Community Centre ${c.en}`,
  })),
  template("pobratymy", K.DIASPORA_ASSOCIATION, [S.HEALTHCARE, S.DIALOGUE_PEACEBUILDING], (c) => ({
    uk: `Товариство підтримки ветеранів «Побратими» (${c.uk})`,
    en: `Pobratymy Veterans Support Society ${c.en}`,
  })),
  template("choir", K.DIASPORA_ASSOCIATION, [S.CULTURE_IDENTITY], (c) => ({
    uk: `Хор і культурний центр «Дніпро» (${c.uk})`,
    en: `Dnipro Choir and Cultural Centre ${c.en}`,
  })),
  // Civil-society organisations
  template("rebuild", K.CIVIL_SOCIETY, [S.INFRASTRUCTURE, S.HOUSING], (c) => ({
    uk: `Фонд «Відбудова разом» (${c.uk})`,
    en: `Rebuild Together Foundation ${c.en}`,
  })),
  template("warmth", K.CIVIL_SOCIETY, [S.HEATING, S.RENEWABLE_ENERGY], (c) => ({
    uk: `Ініціатива «Тепло для громад» (${c.uk})`,
    en: `Warmth for Communities ${c.en}`,
  })),
  template("light", K.CIVIL_SOCIETY, [S.RENEWABLE_ENERGY, S.HUMANITARIAN_AID], (c) => ({
    uk: `Громадська організація «Світло для України» (${c.uk})`,
    en: `Light for Ukraine ${c.en}`,
  })),
  template("solidarity", K.CIVIL_SOCIETY, [S.HUMANITARIAN_AID, S.ADVOCACY], (c) => ({
    uk: `Асоціація «Мости солідарності» (${c.uk})`,
    en: `Bridges of Solidarity ${c.en}`,
  })),
  template("heart", K.CIVIL_SOCIETY, [S.HEALTHCARE, S.HUMANITARIAN_AID], (c) => ({
    uk: `Благодійний фонд «Серце для України» (${c.uk})`,
    en: `Heart for Ukraine Foundation ${c.en}`,
  })),
  template("new-home", K.CIVIL_SOCIETY, [S.INTEGRATION_EMPLOYMENT, S.HOUSING], (c) => ({
    uk: `Центр «Новий дім» для переселенців (${c.uk})`,
    en: `New Home Centre for Displaced People ${c.en}`,
  })),
  template("safe-school", K.CIVIL_SOCIETY, [S.SHELTERS, S.EDUCATION_YOUTH], (c) => ({
    uk: `Ініціатива «Безпечна школа» (${c.uk})`,
    en: `Safe School Initiative ${c.en}`,
  })),
  template("green", K.CIVIL_SOCIETY, [S.ENVIRONMENT, S.DEBRIS_WASTE], (c) => ({
    uk: `Екологічна ініціатива «Зелена відбудова» (${c.uk})`,
    en: `Green Recovery Initiative ${c.en}`,
  })),
  template("puls", K.CIVIL_SOCIETY, [S.HEALTHCARE], (c) => ({ uk: `Медична місія «Пульс» (${c.uk})`, en: `Puls Medical Mission ${c.en}` })),
  template("ambulances", K.CIVIL_SOCIETY, [S.SPECIAL_VEHICLES, S.HEALTHCARE], (c) => ({
    uk: `Волонтерська служба «Швидкі з ${c.ukGenitive}»`,
    en: `Ambulances from ${c.en}`,
  })),
  // Foreign municipalities
  template("city-office", K.FOREIGN_MUNICIPALITY, [S.INFRASTRUCTURE, S.CIVIL_SOCIETY_GOVERNANCE], (c) => ({
    uk: `Місто ${c.uk}: бюро партнерства з Україною`,
    en: `City of ${c.en} – Ukraine Partnership Office`,
  })),
  template("municipality", K.FOREIGN_MUNICIPALITY, [S.SPECIAL_VEHICLES, S.EDUCATION_YOUTH], (c) => ({
    uk: `Муніципалітет ${c.ukGenitive}, відділ міжнародної співпраці`,
    en: `${c.en} Municipality – International Cooperation`,
  })),
  // Donors and agencies
  template("most-fund", K.DONOR_AGENCY, [S.INFRASTRUCTURE, S.HEATING], (c) => ({
    uk: `Фонд відбудови громад «Міст» (${c.uk})`,
    en: `Most Community Recovery Fund ${c.en}`,
  })),
  template("small-grants", K.DONOR_AGENCY, [S.CIVIL_SOCIETY_GOVERNANCE], (c) => ({
    uk: `Програма малих грантів для громад України (${c.uk})`,
    en: `Small Grants for Ukrainian Communities ${c.en}`,
  })),
  template("new-hope", K.DONOR_AGENCY, [S.HUMANITARIAN_AID, S.HOUSING], (c) => ({
    uk: `Фонд «Нова надія» (${c.uk})`,
    en: `New Hope Fund ${c.en}`,
  })),
  template("common-cause", K.DONOR_AGENCY, [S.INVESTMENT, S.BUSINESS_RELOCATION], (c) => ({
    uk: `Фонд «Спільна справа» (${c.uk})`,
    en: `Common Cause Fund ${c.en}`,
  })),
  // Academic
  template("studies", K.ACADEMIC, [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY], (c) => ({
    uk: `Центр українських студій (${c.uk})`,
    en: `Centre for Ukrainian Studies ${c.en}`,
  })),
  template("urban", K.ACADEMIC, [S.INFRASTRUCTURE, S.CIVIL_SOCIETY_GOVERNANCE], (c) => ({
    uk: `Інститут відбудови та урбаністики (${c.uk})`,
    en: `Institute for Recovery and Urban Studies ${c.en}`,
  })),
  template("energy-lab", K.ACADEMIC, [S.RENEWABLE_ENERGY, S.HEATING], (c) => ({
    uk: `Лабораторія енергоефективності для України (${c.uk})`,
    en: `Energy Efficiency Lab for Ukraine ${c.en}`,
  })),
  // Media
  template("radio", K.MEDIA, [S.CULTURE_IDENTITY, S.ADVOCACY], (c) => ({
    uk: `Радіо «Українська хвиля» (${c.uk})`,
    en: `Ukrainian Wave Radio ${c.en}`,
  })),
  template("magazine", K.MEDIA, [S.ADVOCACY, S.DIALOGUE_PEACEBUILDING], (c) => ({
    uk: `Видання «Діаспора сьогодні» (${c.uk})`,
    en: `Diaspora Today ${c.en}`,
  })),
  template("podcast", K.MEDIA, [S.CIVIL_SOCIETY_GOVERNANCE, S.CULTURE_IDENTITY], (c) => ({
    uk: `Подкаст «Голоси громад» (${c.uk})`,
    en: `Voices of Communities Podcast ${c.en}`,
  })),
  // Networks and umbrella bodies
  {
    ...template("council", K.NETWORK, [S.ADVOCACY, S.CIVIL_SOCIETY_GOVERNANCE], (_c, k) => ({
      uk: `Рада українських організацій ${k.ukGenitive}`,
      en: `Council of Ukrainian Organisations ${k.enLocative}`,
    })),
    perCountry: true,
  },
  template("partner-cities", K.NETWORK, [S.CIVIL_SOCIETY_GOVERNANCE, S.INFRASTRUCTURE], (c) => ({
    uk: `Мережа міст-партнерів України (${c.uk})`,
    en: `Ukraine Partner Cities Network ${c.en}`,
  })),
  // Platforms and initiatives
  template("partnership-platform", K.PLATFORM, [S.CIVIL_SOCIETY_GOVERNANCE, S.EXPORT_DEVELOPMENT], (c) => ({
    uk: `Платформа «Партнерство громад» (${c.uk})`,
    en: `Community Partnership Platform ${c.en}`,
  })),
  template("dialogue", K.PLATFORM, [S.DIALOGUE_PEACEBUILDING], (c) => ({
    uk: `Ініціатива «Діалог без кордонів» (${c.uk})`,
    en: `Dialogue Without Borders ${c.en}`,
  })),
  template("dosvid", K.PLATFORM, [S.INTEGRATION_EMPLOYMENT, S.CIVIL_SOCIETY_GOVERNANCE], (c) => ({
    uk: `Платформа експертів-волонтерів «Досвід» (${c.uk})`,
    en: `Dosvid Volunteer Experts Platform ${c.en}`,
  })),
];

/** Businesses use a brand once each, with the legal form of their country. */
const brands: { uk: string; en: string; sectors: Sector[] }[] = [
  { uk: "СоларМіст", en: "SolarMist", sectors: [S.RENEWABLE_ENERGY] },
  { uk: "Тепло Системс", en: "Teplo Systems", sectors: [S.HEATING] },
  { uk: "Модульбау Міст", en: "Modulbau Most", sectors: [S.HOUSING] },
  { uk: "Карпати Логістик", en: "Karpaty Logistics", sectors: [S.BUSINESS_RELOCATION] },
  { uk: "АгроБрідж Трейд", en: "AgroBridge Trade", sectors: [S.EXPORT_DEVELOPMENT, S.INVESTMENT] },
  { uk: "Рецикл Партнер", en: "Recykl Partner", sectors: [S.DEBRIS_WASTE] },
  { uk: "МедЛінк Саплай", en: "MedLink Supply", sectors: [S.HEALTHCARE] },
  { uk: "Комуналтех", en: "Komunaltech", sectors: [S.SPECIAL_VEHICLES] },
  { uk: "БлокБілд", en: "BlockBuild", sectors: [S.INVESTMENT, S.HOUSING] },
  { uk: "Транзит Гейт Системс", en: "Transit Gate Systems", sectors: [S.BORDER_EQUIPMENT] },
  { uk: "Вільна Енерджі", en: "Vilna Energy", sectors: [S.RENEWABLE_ENERGY, S.HEATING] },
  { uk: "Зерновий Шлях", en: "Grain Path Trading", sectors: [S.EXPORT_DEVELOPMENT] },
  { uk: "ТермоДах", en: "ThermoRoof", sectors: [S.HOUSING, S.HEATING] },
  { uk: "Сейф Бункер Інжиніринг", en: "SafeBunker Engineering", sectors: [S.SHELTERS] },
  { uk: "ЕкоВода", en: "EcoWater Solutions", sectors: [S.ENVIRONMENT, S.INFRASTRUCTURE] },
  { uk: "Релока Хаб", en: "Reloca Hub", sectors: [S.BUSINESS_RELOCATION, S.INVESTMENT] },
  { uk: "Кордон Плюс", en: "Border Plus Systems", sectors: [S.BORDER_EQUIPMENT, S.BUSINESS_RELOCATION] },
  { uk: "Будмат Партнерс", en: "Budmat Partners", sectors: [S.INVESTMENT] },
];

const legalForm: Record<string, string> = {
  DE: "GmbH",
  AT: "GmbH",
  CH: "AG",
  PL: "sp. z o.o.",
  FR: "SAS",
  BE: "SRL",
  IT: "S.r.l.",
  CZ: "s.r.o.",
  SK: "s.r.o.",
  ES: "S.L.",
  PT: "Lda.",
  NL: "B.V.",
  GB: "Ltd",
  IE: "Ltd",
  SE: "AB",
  DK: "ApS",
  NO: "AS",
  FI: "Oy",
  LT: "UAB",
  LV: "SIA",
  EE: "OÜ",
  RO: "SRL",
  MD: "SRL",
  HU: "Kft.",
  GE: "LLC",
  TR: "Ltd. Şti.",
  CA: "Inc.",
  US: "Inc.",
  AU: "Pty Ltd",
  BR: "Ltda.",
  AR: "S.R.L.",
  UA: "ТОВ",
};

/** Approximate city populations (rounded, recent official estimates) for municipalities' size matching. */
const municipalPopulation: Record<string, number> = {
  "pl-lublin": 330_000,
  "pl-przemysl": 56_000,
  "pl-rzeszow": 197_000,
  "pl-wroclaw": 674_000,
  "pl-gdansk": 486_000,
  "pl-krakow": 804_000,
  "pl-poznan": 540_000,
  "pl-szczecin": 391_000,
  "pl-katowice": 280_000,
  "pl-lodz": 655_000,
  "de-leipzig": 616_000,
  "de-bonn": 336_000,
  "de-nuremberg": 526_000,
  "de-bremen": 577_000,
  "de-dresden": 563_000,
  "de-hanover": 545_000,
  "de-stuttgart": 633_000,
  "de-dusseldorf": 629_000,
  "de-cologne": 1_084_000,
  "de-munich": 1_512_000,
  "fr-strasbourg": 291_000,
  "fr-lyon": 522_000,
  "fr-lille": 236_000,
  "fr-bordeaux": 261_000,
  "fr-toulouse": 504_000,
  "fr-nice": 348_000,
  "it-bologna": 392_000,
  "it-turin": 848_000,
  "it-florence": 361_000,
  "cz-brno": 398_000,
  "cz-ostrava": 284_000,
  "sk-kosice": 229_000,
  "sk-presov": 84_000,
  "at-graz": 298_000,
  "at-salzburg": 157_000,
  "at-innsbruck": 131_000,
  "es-valencia": 807_000,
  "es-malaga": 592_000,
  "pt-porto": 232_000,
  "nl-utrecht": 367_000,
  "nl-rotterdam": 664_000,
  "be-ghent": 265_000,
  "be-antwerp": 537_000,
  "ie-cork": 224_000,
  "gb-bradford": 546_000,
  "gb-edinburgh": 514_000,
  "gb-manchester": 568_000,
  "se-malmo": 362_000,
  "se-gothenburg": 596_000,
  "lt-kaunas": 305_000,
  "ee-tartu": 97_000,
  "ro-suceava": 84_000,
  "ro-iasi": 272_000,
  "ro-cluj-napoca": 287_000,
  "md-balti": 102_000,
  "ca-winnipeg": 750_000,
  "ca-edmonton": 1_010_000,
  "ca-saskatoon": 266_000,
  "ca-calgary": 1_306_000,
  "us-cleveland": 362_000,
  "us-sacramento": 525_000,
  "br-curitiba": 1_773_000,
  "br-prudentopolis": 52_000,
  "lv-riga": 605_000,
  "ee-tallinn": 454_000,
};

/** How many generated organisations each city gets (the hand-written ones come on top). */
const cityPlan: [string, number][] = [
  ["de-berlin", 7],
  ["de-munich", 4],
  ["de-hamburg", 3],
  ["de-frankfurt", 3],
  ["de-cologne", 2],
  ["de-leipzig", 3],
  ["de-dresden", 1],
  ["de-stuttgart", 2],
  ["de-dusseldorf", 1],
  ["de-hanover", 1],
  ["de-nuremberg", 1],
  ["de-bonn", 1],
  ["de-bremen", 1],
  ["pl-warsaw", 6],
  ["pl-krakow", 4],
  ["pl-wroclaw", 3],
  ["pl-gdansk", 2],
  ["pl-lublin", 3],
  ["pl-przemysl", 2],
  ["pl-poznan", 1],
  ["pl-lodz", 1],
  ["pl-rzeszow", 2],
  ["pl-szczecin", 1],
  ["pl-katowice", 1],
  ["fr-paris", 5],
  ["fr-lyon", 2],
  ["fr-strasbourg", 2],
  ["fr-marseille", 1],
  ["fr-bordeaux", 1],
  ["fr-lille", 1],
  ["fr-nice", 1],
  ["fr-toulouse", 1],
  ["it-milan", 4],
  ["it-rome", 3],
  ["it-naples", 2],
  ["it-turin", 1],
  ["it-bologna", 1],
  ["it-florence", 1],
  ["cz-prague", 4],
  ["cz-brno", 2],
  ["cz-ostrava", 1],
  ["sk-bratislava", 2],
  ["sk-kosice", 1],
  ["sk-presov", 1],
  ["at-vienna", 3],
  ["at-graz", 1],
  ["at-salzburg", 1],
  ["at-innsbruck", 1],
  ["es-madrid", 2],
  ["es-barcelona", 2],
  ["es-valencia", 1],
  ["es-malaga", 1],
  ["pt-lisbon", 2],
  ["pt-porto", 1],
  ["nl-amsterdam", 2],
  ["nl-the-hague", 1],
  ["nl-rotterdam", 1],
  ["nl-utrecht", 1],
  ["be-brussels", 3],
  ["be-antwerp", 1],
  ["be-ghent", 1],
  ["gb-london", 4],
  ["gb-manchester", 1],
  ["gb-edinburgh", 1],
  ["gb-bradford", 1],
  ["gb-birmingham", 1],
  ["ie-dublin", 2],
  ["ie-cork", 1],
  ["se-stockholm", 2],
  ["se-gothenburg", 1],
  ["se-malmo", 1],
  ["lt-vilnius", 2],
  ["lt-kaunas", 1],
  ["lv-riga", 2],
  ["ee-tallinn", 2],
  ["ee-tartu", 1],
  ["ro-bucharest", 1],
  ["ro-suceava", 1],
  ["ro-iasi", 1],
  ["ro-cluj-napoca", 1],
  ["md-chisinau", 2],
  ["md-balti", 1],
  ["hu-budapest", 1],
  ["dk-copenhagen", 1],
  ["no-oslo", 1],
  ["fi-helsinki", 1],
  ["ch-zurich", 1],
  ["ch-geneva", 1],
  ["ch-bern", 1],
  ["ge-tbilisi", 1],
  ["tr-istanbul", 1],
  ["ca-toronto", 4],
  ["ca-winnipeg", 2],
  ["ca-edmonton", 2],
  ["ca-montreal", 2],
  ["ca-vancouver", 1],
  ["ca-ottawa", 1],
  ["ca-calgary", 1],
  ["ca-saskatoon", 1],
  ["us-new-york", 4],
  ["us-chicago", 3],
  ["us-philadelphia", 2],
  ["us-washington", 2],
  ["us-cleveland", 1],
  ["us-detroit", 1],
  ["us-los-angeles", 1],
  ["us-sacramento", 1],
  ["us-seattle", 1],
  ["us-boston", 1],
  ["au-sydney", 2],
  ["au-melbourne", 2],
  ["au-adelaide", 1],
  ["au-perth", 1],
  ["br-curitiba", 2],
  ["br-prudentopolis", 1],
  ["br-sao-paulo", 1],
  ["ar-buenos-aires", 1],
  ["ua-kyiv", 2],
  ["ua-lviv", 2],
  ["ua-odesa", 1],
  ["ua-kharkiv", 1],
  ["ua-dnipro", 1],
];

const kindWeights: [OrganizationKind, number][] = [
  [K.DIASPORA_ASSOCIATION, 34],
  [K.CIVIL_SOCIETY, 22],
  [K.FOREIGN_MUNICIPALITY, 9],
  [K.BUSINESS, 9],
  [K.DONOR_AGENCY, 6],
  [K.ACADEMIC, 6],
  [K.MEDIA, 5],
  [K.NETWORK, 4],
  [K.PLATFORM, 5],
];

const kindSectorPool: Record<OrganizationKind, Sector[]> = {
  DIASPORA_ASSOCIATION: [S.CULTURE_IDENTITY, S.EDUCATION_YOUTH, S.HUMANITARIAN_AID, S.INTEGRATION_EMPLOYMENT, S.ADVOCACY, S.HEALTHCARE],
  CIVIL_SOCIETY: Object.values(S),
  FOREIGN_MUNICIPALITY: [
    S.INFRASTRUCTURE,
    S.SPECIAL_VEHICLES,
    S.HEATING,
    S.HOUSING,
    S.CIVIL_SOCIETY_GOVERNANCE,
    S.EDUCATION_YOUTH,
    S.DEBRIS_WASTE,
    S.BORDER_EQUIPMENT,
  ],
  BUSINESS: [S.RENEWABLE_ENERGY, S.HOUSING, S.BUSINESS_RELOCATION, S.EXPORT_DEVELOPMENT, S.INVESTMENT, S.DEBRIS_WASTE, S.HEATING],
  DONOR_AGENCY: Object.values(S),
  ACADEMIC: [S.EDUCATION_YOUTH, S.ENVIRONMENT, S.CIVIL_SOCIETY_GOVERNANCE, S.HEALTHCARE, S.DIALOGUE_PEACEBUILDING],
  MEDIA: [S.ADVOCACY, S.CULTURE_IDENTITY, S.DIALOGUE_PEACEBUILDING, S.CIVIL_SOCIETY_GOVERNANCE],
  NETWORK: [S.ADVOCACY, S.CIVIL_SOCIETY_GOVERNANCE, S.CULTURE_IDENTITY, S.HUMANITARIAN_AID],
  PLATFORM: [S.DIALOGUE_PEACEBUILDING, S.CIVIL_SOCIETY_GOVERNANCE, S.EXPORT_DEVELOPMENT, S.INTEGRATION_EMPLOYMENT],
};

const kindAid: Record<OrganizationKind, AidType[]> = {
  DIASPORA_ASSOCIATION: [AidType.IN_KIND, AidType.VOLUNTEERS_EXPERTISE, AidType.GRANT],
  CIVIL_SOCIETY: [AidType.IN_KIND, AidType.GRANT, AidType.VOLUNTEERS_EXPERTISE, AidType.TECHNICAL_ASSISTANCE],
  FOREIGN_MUNICIPALITY: [AidType.IN_KIND, AidType.TECHNICAL_ASSISTANCE, AidType.VOLUNTEERS_EXPERTISE, AidType.GRANT],
  BUSINESS: [AidType.IN_KIND, AidType.FINANCIAL_ASSISTANCE, AidType.TECHNICAL_ASSISTANCE],
  DONOR_AGENCY: [AidType.GRANT, AidType.FINANCIAL_ASSISTANCE, AidType.TECHNICAL_ASSISTANCE],
  ACADEMIC: [AidType.TECHNICAL_ASSISTANCE, AidType.VOLUNTEERS_EXPERTISE],
  MEDIA: [AidType.VOLUNTEERS_EXPERTISE],
  NETWORK: [AidType.TECHNICAL_ASSISTANCE, AidType.VOLUNTEERS_EXPERTISE, AidType.GRANT],
  PLATFORM: [AidType.TECHNICAL_ASSISTANCE, AidType.VOLUNTEERS_EXPERTISE],
};

/** Yearly budget range per kind, in euros, before conversion. */
const kindBudget: Record<OrganizationKind, [number, number]> = {
  DIASPORA_ASSOCIATION: [2_000, 40_000],
  CIVIL_SOCIETY: [10_000, 150_000],
  FOREIGN_MUNICIPALITY: [50_000, 800_000],
  BUSINESS: [30_000, 500_000],
  DONOR_AGENCY: [100_000, 3_000_000],
  ACADEMIC: [20_000, 200_000],
  MEDIA: [5_000, 60_000],
  NETWORK: [10_000, 120_000],
  PLATFORM: [5_000, 80_000],
};

interface KindWords {
  lead: (city: CityRecord, country: CountryRecord) => Text;
  about: Text;
  activity: Pair;
}

/** What an organisation of each kind says of itself: how its mission begins, a sentence about it, one more activity. */
const kindWords: Record<OrganizationKind, KindWords> = {
  DIASPORA_ASSOCIATION: {
    lead: (c) => ({
      uk: `Об'єднуємо українців ${c.ukGenitive} та друзів України, щоб`,
      en: `We bring together Ukrainians in ${c.en} and friends of Ukraine to`,
    }),
    about: {
      uk: "Ми — добровільне об'єднання українців і їхніх друзів; більшу частину роботи виконують волонтери.",
      en: "We are a voluntary association of Ukrainians and their friends; volunteers do most of the work.",
    },
    activity: ["щорічний благодійний ярмарок", "an annual charity fair"],
  },
  CIVIL_SOCIETY: {
    lead: () => ({ uk: "Наша мета —", en: "Our aim is to" }),
    about: {
      uk: "Ми — неприбуткова організація з невеликою командою та мережею волонтерів в Україні.",
      en: "We are a non-profit with a small team and a network of volunteers in Ukraine.",
    },
    activity: ["звіти для донорів про кожен проєкт", "a report to donors on every project"],
  },
  FOREIGN_MUNICIPALITY: {
    lead: (c) => ({
      uk: `Місто ${c.uk} підтримує українські громади-партнери, щоб`,
      en: `The city of ${c.en} supports its partner communities in Ukraine to`,
    }),
    about: {
      uk: "Бюро координує партнерства міста з українськими громадами: обмін делегаціями, передачу техніки та спільні проєкти.",
      en: "The office coordinates the city's partnerships with Ukrainian communities: delegation exchanges, equipment transfers and joint projects.",
    },
    activity: ["обмін делегаціями з містами-партнерами", "delegation exchanges with partner towns"],
  },
  BUSINESS: {
    lead: () => ({ uk: "Постачаємо рішення та інвестуємо в Україну, щоб", en: "We supply solutions and invest in Ukraine to" }),
    about: {
      uk: "Компанія працює з українськими партнерами та бере участь у проєктах відбудови.",
      en: "The company works with Ukrainian partners and takes part in rebuilding projects.",
    },
    activity: ["пільгові умови постачання для громад", "preferential terms for communities"],
  },
  DONOR_AGENCY: {
    lead: () => ({ uk: "Фінансуємо проєкти громад, які прагнуть", en: "We fund community projects that aim to" }),
    about: {
      uk: "Надаємо гранти громадам і громадським організаціям; заявки приймаємо українською та англійською.",
      en: "We give grants to communities and civil-society organisations; applications are accepted in Ukrainian and English.",
    },
    activity: ["два конкурси грантів на рік", "two grant rounds a year"],
  },
  ACADEMIC: {
    lead: () => ({ uk: "Поєднуємо дослідження й навчання, щоб", en: "We combine research and teaching to" }),
    about: {
      uk: "Науковці та студенти центру консультують громади й готують аналітику для партнерів.",
      en: "Our researchers and students advise communities and prepare analysis for partners.",
    },
    activity: ["стажування для студентів з України", "internships for students from Ukraine"],
  },
  MEDIA: {
    lead: () => ({ uk: "Розповідаємо історії громад і діаспори, щоб", en: "We tell the stories of communities and the diaspora to" }),
    about: {
      uk: "Виходимо українською та мовою країни перебування.",
      en: "We publish in Ukrainian and in the language of our host country.",
    },
    activity: ["щотижневі випуски новин діаспори", "weekly diaspora news"],
  },
  NETWORK: {
    lead: (_c, k) => ({
      uk: `Об'єднуємо українські організації ${k.ukGenitive}, щоб разом`,
      en: `We unite Ukrainian organisations ${k.enLocative} to work together to`,
    }),
    about: {
      uk: "До мережі входять десятки асоціацій, шкіл та ініціатив.",
      en: "Dozens of associations, schools and initiatives belong to the network.",
    },
    activity: ["спільні заяви та зустрічі членів мережі", "joint statements and members' meetings"],
  },
  PLATFORM: {
    lead: () => ({
      uk: "Створюємо простір, де громади, діаспора й партнери можуть",
      en: "We build a space where communities, the diaspora and partners can",
    }),
    about: {
      uk: "Платформа відкрита для громад, організацій та окремих експертів.",
      en: "The platform is open to communities, organisations and individual experts.",
    },
    activity: ["онлайн-зустрічі громад і партнерів", "online meetings of communities and partners"],
  },
};

function pickKind(rng: Random): OrganizationKind {
  const total = kindWeights.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [kind, weight] of kindWeights) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return K.DIASPORA_ASSOCIATION;
}

/** Oblasts an organisation may focus on: not Crimea, not the two nearly fully occupied ones. */
const focusOblasts = oblasts
  .map((o) => o.code)
  .filter((code) => !["UA01000000000013043", "UA44000000000018893", "UA85000000000065278"].includes(code));

function composeTexts(
  kind: OrganizationKind,
  sectors: Sector[],
  languages: string[],
  city: CityRecord,
  country: CountryRecord,
  foundedYear: number,
) {
  const goals = sectors.slice(0, 2).map((s) => sectorVocabulary[s].goal);
  const words = kindWords[kind];
  const lead = words.lead(city, country);
  const mission: Text = {
    uk: `${lead.uk} ${joinList(
      goals.map((g) => g.uk),
      "і",
    )}.`,
    en: `${lead.en} ${joinList(
      goals.map((g) => g.en),
      "and",
    )}.`,
  };
  const areas = sectors.map((s) => sectorVocabulary[s].label);
  const langs = languages.map((l) => languageNames[l]).filter((l): l is Text => Boolean(l));
  const description: Text = {
    uk: `Працюємо ${city.ukLocative} з ${foundedYear} року. ${words.about.uk} Основні напрями: ${areas.map((a) => lowerFirst(a.uk)).join(", ")}. Спілкуємося ${joinList(
      langs.map((l) => l.uk),
      "та",
    )}.`,
    en: `Based in ${city.en} since ${foundedYear}. ${words.about.en} Main areas: ${areas.map((a) => a.en.toLowerCase()).join(", ")}. We work in ${joinList(
      langs.map((l) => l.en),
      "and",
    )}.`,
  };
  const items = [...sectors.slice(0, 3).map((s, i) => sectorVocabulary[s].activities[i % 2 === 0 ? 0 : 1]), text(words.activity)];
  const activities: Text = {
    uk: items.map((item) => `- ${item.uk.charAt(0).toLocaleUpperCase("uk")}${item.uk.slice(1)}`).join("\n"),
    en: items.map((item) => `- ${item.en.charAt(0).toUpperCase()}${item.en.slice(1)}`).join("\n"),
  };
  return { mission, description, activities };
}

interface OrgSpec {
  slug?: string;
  kind: OrganizationKind;
  name: Text;
  city: CityRecord;
  sectors: Sector[];
  languages: string[];
  aidTypes: AidType[];
  foundedYear: number;
  precision: LocationPrecision;
  verified: boolean;
  status: ModerationStatus;
  operatingOblasts: string[];
  budgetEur: [number, number] | null;
  texts?: { mission: Text; description: Text; activities: Text };
}

function buildRow(rng: Random, spec: OrgSpec, today: Date, taken: Set<string>): DemoOrganization {
  const country = getCountry(spec.city.country);
  if (!country) throw new Error(`no country ${spec.city.country}`);
  let slug = spec.slug ?? slugify(spec.name.en);
  if (taken.has(slug)) slug = `${slug}-${spec.city.id}`;
  if (taken.has(slug)) throw new Error(`duplicate organisation slug ${slug}`);
  taken.add(slug);
  // The stored point is an address in town; the public one depends on the precision chosen.
  const exact = jitter(rng, spec.city.lat, spec.city.lng, 0.3, 3);
  const shown = publicPoint({ ...exact, precision: spec.precision, country: spec.city.country, city: spec.city.en });
  const texts = spec.texts ?? composeTexts(spec.kind, spec.sectors, spec.languages, spec.city, country, spec.foundedYear);
  const currency = countryCurrency[spec.city.country] ?? "EUR";
  const rate = perEuro[currency] ?? 1;
  const toMinor = (eur: number) => unitsToMinor(Math.round((eur * rate) / 100) * 100);
  const published = spec.status === ModerationStatus.PUBLISHED;
  return {
    name: spec.name,
    city: spec.city,
    country,
    row: {
      id: seedId("organization", slug),
      slug,
      kind: spec.kind,
      name: spec.name,
      mission: texts.mission,
      description: texts.description,
      activities: texts.activities,
      country: spec.city.country,
      city: spec.city.en,
      // No street addresses: an invented address on a real street could be someone's home.
      address: null,
      lat: exact.lat,
      lng: exact.lng,
      locationPrecision: spec.precision,
      publicLat: shown.lat,
      publicLng: shown.lng,
      foundedYear: spec.foundedYear,
      sectors: spec.sectors,
      languages: spec.languages,
      email: `info@${slug}.example`,
      website: `https://${slug}.example`,
      socialLinks: [],
      aidTypes: spec.aidTypes,
      operatingCountries: spec.city.country === "UA" ? ["UA"] : ["UA", spec.city.country],
      operatingOblasts: spec.operatingOblasts,
      budgetMinMinor: spec.budgetEur ? toMinor(spec.budgetEur[0]) : null,
      budgetMaxMinor: spec.budgetEur ? toMinor(spec.budgetEur[1]) : null,
      budgetCurrency: spec.budgetEur ? currency : null,
      population: spec.kind === K.FOREIGN_MUNICIPALITY ? (municipalPopulation[spec.city.id] ?? null) : null,
      isVerified: published && spec.verified,
      verifiedAt: published && spec.verified ? addDays(today, -rng.int(20, 400)) : null,
      isDemo: true,
      status: spec.status,
      publishedAt: published ? addDays(today, -rng.int(10, 500)) : null,
    },
  };
}

function cityOf(id: string): CityRecord {
  const city = getCity(id);
  if (!city) throw new Error(`gazetteer has no city ${id}`);
  return city;
}

const TERNOPIL = "UA61000000000060328";
const LVIV = "UA46000000000026241";
const IVANO_FRANKIVSK = "UA26000000000069363";

/** Organisations the journeys in PRODUCT.md rely on; their slugs are part of the seed's contract. */
export const keyOrganizationSlugs = {
  berlinRepresentative: "bridges-for-schools-berlin",
  berlinYouth: "kryla-youth-initiative-berlin",
  berlinSchool: "soniashnyk-saturday-school-berlin",
  kyivNamed: "friends-of-kyiv-toronto",
  kyivBased: "kyiv-community-recovery-hub",
  vehiclesMunich: "vehicle-bridge-ukraine-munich",
  vehiclesLublin: "caravan-of-goodwill-lublin",
} as const;

/** A hand-written organisation: published, verified unless it says not, active across Ukraine unless it names oblasts. */
function keySpec(
  slug: string,
  kind: OrganizationKind,
  city: CityRecord,
  spec: Omit<OrgSpec, "slug" | "kind" | "city" | "status" | "verified" | "operatingOblasts"> &
    Partial<Pick<OrgSpec, "verified" | "operatingOblasts">>,
): OrgSpec {
  return { slug, kind, city, verified: true, status: ModerationStatus.PUBLISHED, operatingOblasts: [], ...spec };
}

function keySpecs(): OrgSpec[] {
  const berlin = cityOf("de-berlin");
  return [
    keySpec(keyOrganizationSlugs.berlinRepresentative, K.CIVIL_SOCIETY, berlin, {
      name: { uk: "Мости для шкіл — Берлін", en: "Bridges for Schools Berlin" },
      sectors: [S.EDUCATION_YOUTH, S.SPECIAL_VEHICLES, S.HUMANITARIAN_AID],
      languages: ["uk", "de", "en"],
      aidTypes: [AidType.GRANT, AidType.IN_KIND, AidType.VOLUNTEERS_EXPERTISE],
      foundedYear: 2022,
      precision: LocationPrecision.EXACT,
      operatingOblasts: [TERNOPIL, LVIV, IVANO_FRANKIVSK],
      budgetEur: [10_000, 90_000],
      texts: {
        mission: {
          uk: "Допомагаємо дітям в українських громадах безпечно дістатися до школи й навчатися далі: передаємо шкільні автобуси та обладнання і проводимо молодіжні обміни між Берліном і громадами Західної України.",
          en: "We help children in Ukrainian communities get to school safely and keep learning: we hand over school buses and equipment and run youth exchanges between Berlin and communities in western Ukraine.",
        },
        description: {
          uk: "Ініціативу заснували у 2022 році батьки-українці та берлінські вчителі. Ми збираємо кошти на шкільні автобуси, шукаємо вживану техніку в німецьких муніципалітетах і перевозимо її в громади Тернопільщини, Львівщини та Прикарпаття. Влітку організовуємо мовні табори для підлітків у Берліні. Спілкуємося українською, німецькою та англійською.",
          en: "Ukrainian parents and Berlin teachers founded the initiative in 2022. We raise money for school buses, look for used vehicles in German municipalities and drive them to communities in the Ternopil, Lviv and Ivano-Frankivsk regions. In summer we run language camps for teenagers in Berlin. We work in Ukrainian, German and English.",
        },
        activities: {
          uk: "- Шкільні автобуси для громад: грант на закупівлю або передача вживаної техніки\n- Обладнання для шкільних укриттів і класів\n- Молодіжні обміни та літні мовні табори в Берліні\n- Інформаційні вечори для берлінців, які хочуть допомогти",
          en: "- School buses for communities: a grant to buy one or a donated used vehicle\n- Equipment for school shelters and classrooms\n- Youth exchanges and summer language camps in Berlin\n- Information evenings for Berliners who want to help",
        },
      },
    }),
    keySpec(keyOrganizationSlugs.berlinYouth, K.DIASPORA_ASSOCIATION, berlin, {
      name: { uk: "Молодіжна ініціатива «Крила» (Берлін)", en: "Kryla Youth Initiative Berlin" },
      sectors: [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY],
      languages: ["uk", "de"],
      aidTypes: [AidType.VOLUNTEERS_EXPERTISE],
      foundedYear: 2015,
      precision: LocationPrecision.CITY,
      budgetEur: [3_000, 25_000],
    }),
    keySpec(keyOrganizationSlugs.berlinSchool, K.DIASPORA_ASSOCIATION, berlin, {
      name: { uk: "Суботня школа «Соняшник» (Берлін)", en: "Soniashnyk Saturday School Berlin" },
      sectors: [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY, S.INTEGRATION_EMPLOYMENT],
      languages: ["uk", "de"],
      aidTypes: [AidType.VOLUNTEERS_EXPERTISE, AidType.IN_KIND],
      foundedYear: 2009,
      precision: LocationPrecision.EXACT,
      verified: false,
      budgetEur: null,
    }),
    keySpec(keyOrganizationSlugs.kyivNamed, K.DIASPORA_ASSOCIATION, cityOf("ca-toronto"), {
      name: { uk: "Друзі Києва в Торонто", en: "Friends of Kyiv Toronto" },
      sectors: [S.HUMANITARIAN_AID, S.HEALTHCARE, S.CULTURE_IDENTITY],
      languages: ["uk", "en"],
      aidTypes: [AidType.GRANT, AidType.IN_KIND],
      foundedYear: 1994,
      precision: LocationPrecision.CITY,
      operatingOblasts: ["UA80000000000093317", "UA32000000000030281"],
      budgetEur: [20_000, 150_000],
      texts: {
        mission: {
          uk: "Об'єднуємо киян у Торонто та всіх, кому небайдужий Київ, щоб підтримувати лікарні столиці й Київщини та зберігати культуру рідного міста.",
          en: "We bring together people from Kyiv living in Toronto, and everyone who cares about Kyiv, to support hospitals in the capital and Kyiv Oblast and keep our home city's culture alive.",
        },
        description: {
          uk: "Товариство заснували вихідці з Києва у 1994 році. Після 2022 року ми зосередилися на допомозі лікарням Києва та громад Київщини, що постраждали від окупації: Бучі, Ірпеня, Бородянки. Щороку проводимо День Києва в Торонто. Спілкуємося українською та англійською.",
          en: "People from Kyiv founded the society in 1994. Since 2022 we have focused on hospitals in Kyiv and in the Kyiv Oblast communities that suffered under occupation: Bucha, Irpin, Borodianka. Every year we hold Kyiv Day in Toronto. We work in Ukrainian and English.",
        },
        activities: {
          uk: "- Медичне обладнання для лікарень Києва та Київщини\n- Збори коштів на реабілітацію поранених\n- День Києва в Торонто: концерт і ярмарок",
          en: "- Medical equipment for hospitals in Kyiv and Kyiv Oblast\n- Fundraising for the rehabilitation of the wounded\n- Kyiv Day in Toronto: a concert and a fair",
        },
      },
    }),
    keySpec(keyOrganizationSlugs.kyivBased, K.PLATFORM, cityOf("ua-kyiv"), {
      name: { uk: "Київський хаб відбудови громад", en: "Kyiv Community Recovery Hub" },
      sectors: [S.CIVIL_SOCIETY_GOVERNANCE, S.INFRASTRUCTURE, S.ADVOCACY],
      languages: ["uk", "en"],
      aidTypes: [AidType.TECHNICAL_ASSISTANCE, AidType.VOLUNTEERS_EXPERTISE],
      foundedYear: 2023,
      precision: LocationPrecision.CITY,
      budgetEur: [15_000, 120_000],
    }),
    keySpec(keyOrganizationSlugs.vehiclesMunich, K.CIVIL_SOCIETY, cityOf("de-munich"), {
      name: { uk: "Автоміст Україна (Мюнхен)", en: "Vehicle Bridge Ukraine Munich" },
      sectors: [S.SPECIAL_VEHICLES, S.HEALTHCARE],
      languages: ["de", "uk"],
      aidTypes: [AidType.GRANT, AidType.IN_KIND],
      foundedYear: 2022,
      precision: LocationPrecision.CITY,
      operatingOblasts: ["UA63000000000041885", "UA59000000000057109", "UA74000000000025378"],
      budgetEur: [40_000, 400_000],
    }),
    keySpec(keyOrganizationSlugs.vehiclesLublin, K.CIVIL_SOCIETY, cityOf("pl-lublin"), {
      name: { uk: "Караван добра (Люблін)", en: "Caravan of Goodwill Lublin" },
      sectors: [S.SPECIAL_VEHICLES, S.HUMANITARIAN_AID],
      languages: ["pl", "uk"],
      aidTypes: [AidType.IN_KIND, AidType.GRANT],
      foundedYear: 2022,
      precision: LocationPrecision.EXACT,
      operatingOblasts: ["UA07000000000024379", "UA56000000000066151", "UA18000000000041385"],
      budgetEur: [20_000, 200_000],
    }),
  ];
}

export function buildOrganizations(today: Date): DemoOrganization[] {
  const rng = rngFor("organizations");
  const taken = new Set<string>();
  const out = keySpecs().map((spec) => buildRow(rng, spec, today, taken));
  const councilCountries = new Set<string>();
  let brandIndex = 0;

  for (const [cityId, count] of cityPlan) {
    const city = cityOf(cityId);
    const used = new Set<string>();
    for (let slot = 0; slot < count; slot++) {
      // Cities with a known population may list their own partnership office.
      let kind = slot === 0 && municipalPopulation[city.id] !== undefined && rng.chance(0.3) ? K.FOREIGN_MUNICIPALITY : pickKind(rng);
      if (kind === K.BUSINESS && brandIndex >= brands.length) kind = K.CIVIL_SOCIETY;
      if (kind === K.FOREIGN_MUNICIPALITY && (municipalPopulation[city.id] === undefined || used.has("municipality")))
        kind = K.DIASPORA_ASSOCIATION;
      let name: Text;
      let fixedSectors: Sector[];
      if (kind === K.BUSINESS) {
        const brand = brands[brandIndex++] as (typeof brands)[number];
        const form = legalForm[city.country] ?? "Ltd";
        name =
          city.country === "UA"
            ? { uk: `${form} «${brand.uk}»`, en: `${brand.en} LLC` }
            : { uk: `Компанія «${brand.uk}»`, en: `${brand.en} ${form}` };
        fixedSectors = brand.sectors;
      } else {
        const country = getCountry(city.country) as CountryRecord;
        let options = templates.filter(
          (t) => t.kind === kind && !used.has(t.key) && (!t.perCountry || !councilCountries.has(city.country)),
        );
        if (kind === K.FOREIGN_MUNICIPALITY) used.add("municipality");
        if (options.length === 0) options = templates.filter((t) => t.kind === K.DIASPORA_ASSOCIATION && !used.has(t.key));
        const template = rng.pick(options);
        kind = template.kind;
        used.add(template.key);
        if (template.perCountry) councilCountries.add(city.country);
        name = template.name(city, country);
        fixedSectors = template.sectors;
      }
      const extra = rng.sample(
        kindSectorPool[kind].filter((s) => !fixedSectors.includes(s)),
        rng.int(0, 2),
      );
      const sectors = [...fixedSectors, ...extra].slice(0, 4);
      const host = countryLanguages[city.country] ?? ["en"];
      const languages = [...new Set(["uk", ...host.slice(0, rng.chance(0.3) ? 2 : 1), ...(rng.chance(0.45) ? ["en"] : [])])];
      const roll = rng.next();
      const precision = roll < 0.45 ? LocationPrecision.EXACT : roll < 0.85 ? LocationPrecision.CITY : LocationPrecision.REGION;
      const oldDiaspora = ["CA", "US", "BR", "AR", "AU", "GB"].includes(city.country);
      const foundedYear =
        kind === K.DIASPORA_ASSOCIATION || kind === K.NETWORK
          ? oldDiaspora
            ? rng.int(1925, 2015)
            : rng.int(1991, 2023)
          : rng.int(2014, 2024);
      const [lo, hi] = kindBudget[kind];
      const budgetLow = rng.int(lo, Math.max(lo, Math.round(hi / 3)));
      out.push(
        buildRow(
          rng,
          {
            kind,
            name,
            city,
            sectors,
            languages,
            aidTypes: rng.sample(kindAid[kind], rng.int(1, Math.min(3, kindAid[kind].length))),
            foundedYear,
            precision,
            verified: rng.chance(0.62),
            status: ModerationStatus.PUBLISHED,
            operatingOblasts: rng.chance(0.6) ? rng.sample(focusOblasts, rng.int(1, 3)) : [],
            budgetEur: rng.chance(0.65) ? [budgetLow, rng.int(budgetLow * 2, Math.max(budgetLow * 2, hi))] : null,
          },
          today,
          taken,
        ),
      );
    }
  }

  // A few listings wait for or failed moderation, for the moderation queue demos.
  const keys = new Set<string>(Object.values(keyOrganizationSlugs));
  const candidates = out.filter((o) => !keys.has(o.row.slug));
  const moderation = rng.sample(candidates, 9);
  const statuses = [
    ModerationStatus.PENDING,
    ModerationStatus.PENDING,
    ModerationStatus.PENDING,
    ModerationStatus.PENDING,
    ModerationStatus.DRAFT,
    ModerationStatus.DRAFT,
    ModerationStatus.REJECTED,
    ModerationStatus.REJECTED,
    ModerationStatus.ARCHIVED,
  ];
  moderation.forEach((org, i) => {
    org.row.status = statuses[i] ?? ModerationStatus.PENDING;
    org.row.isVerified = false;
    org.row.verifiedAt = null;
    org.row.publishedAt = org.row.status === ModerationStatus.ARCHIVED ? addDays(today, -600) : null;
  });
  return out;
}
