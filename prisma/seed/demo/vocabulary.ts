// Words and phrases the demo generator composes texts from, per sector, in Ukrainian and
// English. Written for this project (facts from docs in /work/shared/design/PRODUCT.md); the
// Ukrainian is written as Ukrainian, not translated word by word from the English.
import { AidType, Sector } from "../../../generated/prisma/enums";

// A type alias, not an interface: only aliases are assignable to Prisma's JSON input type.
export type Text = { uk: string; en: string };

// The demo's tables give a short text as a [uk, en] pair, a long one as `uk` and `en` lines.
export type Pair = [uk: string, en: string];
export const text = ([uk, en]: Pair): Text => ({ uk, en });
export const texts = (pairs: Pair[]): Text[] => pairs.map(text);

export interface NeedTemplate {
  key: string;
  title: Text;
  description: Text;
  /** Approximate cost range in euros; converted for USD/UAH needs. */
  eur: [number, number];
  aidTypes: AidType[];
}

export interface SectorVocabulary {
  label: Text;
  /** An infinitive phrase that follows "щоб" / "to" / "can": what an organisation works for. */
  goal: Text;
  /** Noun phrases for an "activities and projects" list. */
  activities: [Text, Text];
  needs: NeedTemplate[];
}

const { GRANT, TECHNICAL_ASSISTANCE, FINANCIAL_ASSISTANCE, IN_KIND, VOLUNTEERS_EXPERTISE } = AidType;
const S = Sector;

/** A sector's label [uk, en], its goal in each language and two activities. */
interface SectorWords {
  label: Pair;
  uk: string;
  en: string;
  activities: [Pair, Pair];
}

/** A need template: key, cost range in euros and aid types; then its title, and its description in each language. */
function needTemplate(
  key: string,
  eur: [number, number],
  aidTypes: AidType[],
  words: { title: Pair; uk: string; en: string },
): NeedTemplate {
  return { key, title: text(words.title), description: { uk: words.uk, en: words.en }, eur, aidTypes };
}

/** A row of the need table: the sector, then the template. */
const need = (sector: Sector, ...template: Parameters<typeof needTemplate>) => ({ sector, template: needTemplate(...template) });

/** Each sector's words; the order of the keys is the order of `sectors`. */
const sectorWords: Record<Sector, SectorWords> = {
  HEATING: {
    label: ["Теплопостачання", "Heating"],
    uk: "допомагати громадам пройти зиму в теплі",
    en: "help communities get through the winter warm",
    activities: [
      ["постачання котлів, генераторів і теплових насосів", "supplying boilers, generators and heat pumps"],
      ["енергоаудит шкіл і лікарень", "energy audits of schools and hospitals"],
    ],
  },
  RENEWABLE_ENERGY: {
    label: ["Відновлювана енергетика", "Renewable energy"],
    uk: "зробити громади енергонезалежними",
    en: "make communities energy-independent",
    activities: [
      ["сонячні станції з накопичувачами для лікарень і водоканалів", "solar plants with batteries for hospitals and water utilities"],
      ["навчання місцевих енергоменеджерів", "training local energy managers"],
    ],
  },
  HOUSING: {
    label: ["Житло та модульне будівництво", "Housing and modular construction"],
    uk: "дати дах над головою тим, хто втратив домівку",
    en: "give a roof to those who lost their homes",
    activities: [
      ["модульні будинки для внутрішньо переміщених осіб", "modular houses for internally displaced people"],
      ["ремонт пошкодженого житла", "repairing damaged homes"],
    ],
  },
  INFRASTRUCTURE: {
    label: ["Відбудова інфраструктури", "Infrastructure reconstruction"],
    uk: "відновлювати мости, дороги й водопостачання",
    en: "restore bridges, roads and water supply",
    activities: [
      ["проєктна документація для відбудови", "design documents for reconstruction"],
      ["технічний нагляд за відновлювальними роботами", "technical supervision of repair works"],
    ],
  },
  DEBRIS_WASTE: {
    label: ["Розбирання завалів і відходи", "Debris and waste management"],
    uk: "розчищати зруйноване та переробляти будівельні відходи",
    en: "clear rubble and recycle construction waste",
    activities: [
      ["дробарки для переробки будівельного сміття", "crushers to recycle construction rubble"],
      ["роздільний збір відходів у громадах", "separate waste collection in communities"],
    ],
  },
  SPECIAL_VEHICLES: {
    label: ["Спецтехніка", "Special vehicles"],
    uk: "передавати громадам автобуси, швидкі та комунальну техніку",
    en: "deliver buses, ambulances and municipal machinery to communities",
    activities: [
      ["збирання й передача шкільних автобусів і карет швидкої", "collecting and delivering school buses and ambulances"],
      ["закупівля пожежних машин і комунальної техніки", "buying fire engines and municipal machinery"],
    ],
  },
  EDUCATION_YOUTH: {
    label: ["Освіта та молодь", "Education and youth"],
    uk: "давати дітям і молоді освіту, обміни та мовні табори",
    en: "give children and young people education, exchanges and language camps",
    activities: [
      ["молодіжні обміни та мовні табори", "youth exchanges and language camps"],
      ["обладнання для шкіл і шкільних укриттів", "equipment for schools and school shelters"],
    ],
  },
  BORDER_EQUIPMENT: {
    label: ["Обладнання пунктів пропуску", "Border crossing equipment"],
    uk: "пришвидшувати перетин кордону для людей і гуманітарних вантажів",
    en: "speed up border crossings for people and aid cargo",
    activities: [
      ["сканери та ваги для пунктів пропуску", "scanners and scales for crossing points"],
      ["облаштування зон очікування", "waiting areas at the border"],
    ],
  },
  ENVIRONMENT: {
    label: ["Довкілля", "Environment"],
    uk: "відновлювати довкілля, пошкоджене війною",
    en: "restore the environment damaged by the war",
    activities: [
      ["моніторинг забруднення ґрунтів і води", "monitoring soil and water pollution"],
      ["відновлення лісів і озеленення", "replanting forests and greening towns"],
    ],
  },
  SHELTERS: {
    label: ["Укриття", "Shelters"],
    uk: "облаштовувати безпечні укриття в школах і садочках",
    en: "build safe shelters in schools and kindergartens",
    activities: [
      ["облаштування укриттів у школах і дитсадках", "shelters in schools and kindergartens"],
      ["вентиляція, освітлення та зв'язок в укриттях", "ventilation, lighting and communications in shelters"],
    ],
  },
  BUSINESS_RELOCATION: {
    label: ["Релокація бізнесу та логістика", "Business relocation and logistics"],
    uk: "допомагати підприємствам переїхати в безпечніші регіони й налагодити логістику",
    en: "help businesses move to safer regions and set up logistics",
    activities: [
      ["пошук виробничих приміщень для релокованих підприємств", "finding premises for relocated companies"],
      ["консультації з логістики та митних процедур", "advice on logistics and customs procedures"],
    ],
  },
  EXPORT_DEVELOPMENT: {
    label: ["Розвиток експорту", "Export development"],
    uk: "виводити продукцію українських громад на ринки ЄС",
    en: "bring the products of Ukrainian communities to EU markets",
    activities: [
      ["участь виробників у виставках за кордоном", "bringing producers to trade fairs abroad"],
      ["сертифікація продукції за стандартами ЄС", "certifying products to EU standards"],
    ],
  },
  INVESTMENT: {
    label: ["Інвестиції", "Investment"],
    uk: "залучати інвестиції в будматеріали, агровиробництво й переробку",
    en: "attract investment in building materials, farming and food processing",
    activities: [
      ["інвестиційні профілі громад", "investment profiles of communities"],
      ["супровід інвесторів на місці", "on-site support for investors"],
    ],
  },
  INTEGRATION_EMPLOYMENT: {
    label: ["Інтеграція та працевлаштування переселенців", "Integration and employment of displaced people"],
    uk: "допомагати переселенцям знайти роботу й нове коло підтримки",
    en: "help displaced people find work and a new circle of support",
    activities: [
      ["курси перекваліфікації та мовні курси", "retraining and language courses"],
      ["хаби для переселенців з консультаціями", "hubs for displaced people with advice"],
    ],
  },
  HEALTHCARE: {
    label: ["Охорона здоров'я та реабілітація", "Healthcare and rehabilitation"],
    uk: "підтримувати лікарні та реабілітацію поранених",
    en: "support hospitals and the rehabilitation of the wounded",
    activities: [
      ["медичне обладнання для лікарень громад", "medical equipment for community hospitals"],
      ["реабілітаційні програми для ветеранів і цивільних", "rehabilitation programmes for veterans and civilians"],
    ],
  },
  HUMANITARIAN_AID: {
    label: ["Гуманітарна допомога", "Humanitarian aid"],
    uk: "доставляти гуманітарну допомогу туди, де вона найпотрібніша",
    en: "deliver humanitarian aid where it is needed most",
    activities: [
      ["збирання й доставка гуманітарних вантажів", "collecting and delivering aid shipments"],
      ["продуктові та гігієнічні набори", "food and hygiene kits"],
    ],
  },
  CULTURE_IDENTITY: {
    label: ["Культура та ідентичність", "Culture and identity"],
    uk: "зберігати українську культуру та мову",
    en: "preserve Ukrainian culture and language",
    activities: [
      ["суботні школи українознавства", "Saturday schools of Ukrainian studies"],
      ["концерти, виставки та фестивалі", "concerts, exhibitions and festivals"],
    ],
  },
  CIVIL_SOCIETY_GOVERNANCE: {
    label: ["Громадянське суспільство та врядування", "Civil society and governance"],
    uk: "посилювати прозорість бюджетів і участь мешканців",
    en: "strengthen budget transparency and citizen participation",
    activities: [
      ["навчання з бюджету участі", "training on participatory budgeting"],
      ["відкриті дані та прозорість громад", "open data and transparency in communities"],
    ],
  },
  DIALOGUE_PEACEBUILDING: {
    label: ["Діалог і миробудування", "Dialogue and peacebuilding"],
    uk: "вести діалог між мешканцями, переселенцями та ветеранами",
    en: "hold dialogue between residents, displaced people and veterans",
    activities: [
      ["діалогові сесії та фасилітація", "dialogue sessions and facilitation"],
      ["анонімні опитування думок мешканців", "anonymous surveys of residents' views"],
    ],
  },
  ADVOCACY: {
    label: ["Адвокація", "Advocacy"],
    uk: "доносити потреби громад до урядів і суспільств країн перебування",
    en: "bring communities' needs to the governments and people of host countries",
    activities: [
      ["зустрічі з парламентарями та місцевою владою", "meetings with MPs and local government"],
      ["інформаційні кампанії про відбудову", "information campaigns about recovery"],
    ],
  },
};

/** Every need template with its sector, in each sector's order. */
const needTemplates = [
  need(S.HEATING, "modular-boiler-house", [180_000, 320_000], [GRANT, IN_KIND], {
    title: ["Модульна котельня для лікарні", "Modular boiler house for the hospital"],
    uk: "Стара котельня лікарні зношена й не витримає ще одного опалювального сезону. Модульна котельня потужністю близько 1 МВт опалюватиме лікарню та сусідню школу.",
    en: "The hospital's old boiler house is worn out and will not last another heating season. A modular unit of about 1 MW would heat the hospital and the school next door.",
  }),
  need(S.HEATING, "school-heat-pumps", [90_000, 160_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Теплові насоси для двох шкіл", "Heat pumps for two schools"],
    uk: "Заміна газових котлів на теплові насоси зменшить витрати на опалення майже вдвічі та зробить школи незалежними від постачання газу.",
    en: "Replacing gas boilers with heat pumps would almost halve heating costs and free the schools from dependence on gas supplies.",
  }),
  need(S.HEATING, "solid-fuel-boilers", [20_000, 45_000], [IN_KIND, GRANT], {
    title: ["Твердопаливні котли для пунктів незламності", "Solid-fuel boilers for resilience points"],
    uk: "Пункти незламності в старостатах мають бути теплими навіть без світла й газу. Потрібно шість котлів із димоходами та запасом палива на зиму.",
    en: "Resilience points in the village offices must stay warm even without power or gas. Six boilers with chimneys and a winter's supply of fuel are needed.",
  }),
  need(S.RENEWABLE_ENERGY, "solar-water-utility", [140_000, 260_000], [GRANT, FINANCIAL_ASSISTANCE], {
    title: ["Сонячна станція з накопичувачем для водоканалу", "Solar plant with storage for the water utility"],
    uk: "Під час відключень електроенергії насосні станції зупиняються, і без води лишаються тисячі людей. Станція на 150 кВт з акумуляторами забезпечить безперервну подачу води.",
    en: "When the power goes out the pumping stations stop and thousands of people are left without water. A 150 kW plant with batteries would keep the water running.",
  }),
  need(S.RENEWABLE_ENERGY, "clinic-solar-roofs", [40_000, 90_000], [GRANT, IN_KIND], {
    title: ["Сонячні панелі на дахах амбулаторій", "Solar panels on the roofs of village clinics"],
    uk: "П'ять сільських амбулаторій мають зберігати ліки в холодильниках і приймати пацієнтів під час блекаутів. Потрібні панелі, інвертори й монтаж.",
    en: "Five village clinics have to keep medicines cold and see patients during blackouts. Panels, inverters and installation are needed.",
  }),
  need(S.HOUSING, "modular-housing", [600_000, 1_200_000], [GRANT, FINANCIAL_ASSISTANCE], {
    title: ["Модульне містечко на 40 родин", "Modular housing for 40 families"],
    uk: "Громада прийняла понад дві тисячі переселенців, і вільного житла не лишилося. Є ділянка з підведеними мережами; потрібні модульні будинки та їх встановлення.",
    en: "The community has taken in more than two thousand displaced people and has no free housing left. A serviced plot is ready; modular houses and their installation are needed.",
  }),
  need(S.HOUSING, "roof-window-repairs", [50_000, 120_000], [IN_KIND, VOLUNTEERS_EXPERTISE], {
    title: ["Матеріали для ремонту дахів і вікон", "Materials to repair roofs and windows"],
    uk: "Після обстрілів пошкоджено кількасот приватних будинків. Потрібні покрівельні матеріали, плівка та склопакети, а також волонтери для монтажу.",
    en: "Shelling damaged several hundred private houses. Roofing, plastic sheeting and double-glazed windows are needed, and volunteers to fit them.",
  }),
  need(S.HOUSING, "dormitory-renovation", [250_000, 480_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Ремонт гуртожитку під соціальне житло", "Turning a dormitory into social housing"],
    uk: "Порожній гуртожиток колишнього училища можна перетворити на 30 квартир для родин переселенців і ветеранів.",
    en: "An empty dormitory of a former vocational school could become 30 flats for displaced families and veterans.",
  }),
  need(S.INFRASTRUCTURE, "bridge", [400_000, 900_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Відновлення мосту через річку", "Rebuilding the bridge over the river"],
    uk: "Зруйнований міст з'єднував центр громади з п'ятьма селами; тепер об'їзд становить понад 40 км, і швидка не встигає вчасно.",
    en: "The destroyed bridge linked the community centre with five villages; the detour is now over 40 km and ambulances cannot arrive in time.",
  }),
  need(S.INFRASTRUCTURE, "water-main", [250_000, 500_000], [FINANCIAL_ASSISTANCE, TECHNICAL_ASSISTANCE], {
    title: ["Реконструкція водогону", "Reconstruction of the water main"],
    uk: "Водогону понад пів століття, втрати води сягають 40 %. Потрібні труби, насоси та фахівці для проєкту.",
    en: "The water main is over fifty years old and loses up to 40% of its water. Pipes, pumps and engineers for the design are needed.",
  }),
  need(S.INFRASTRUCTURE, "school-design-documents", [30_000, 60_000], [TECHNICAL_ASSISTANCE, GRANT], {
    title: ["Проєктна документація для відбудови школи", "Design documents for rebuilding the school"],
    uk: "Щоб подати заявку донорам, громаді потрібна проєктно-кошторисна документація з урахуванням енергоефективності та укриття.",
    en: "To apply to donors the community needs a full design and cost estimate that includes energy efficiency and a shelter.",
  }),
  need(S.DEBRIS_WASTE, "rubble-crusher", [150_000, 250_000], [GRANT, IN_KIND], {
    title: ["Мобільна дробарка для будівельних відходів", "Mobile crusher for construction waste"],
    uk: "Уламки зруйнованих будівель можна переробити на щебінь для ремонту доріг замість того, щоб вивозити їх на звалище.",
    en: "Rubble from destroyed buildings could be crushed into gravel for road repairs instead of being hauled to a landfill.",
  }),
  need(S.DEBRIS_WASTE, "sorting-containers", [20_000, 50_000], [IN_KIND, GRANT], {
    title: ["Контейнери для роздільного збору сміття", "Containers for separate waste collection"],
    uk: "Громада запускає роздільний збір у 12 селах; потрібні 200 контейнерів і навчання для мешканців.",
    en: "The community is starting separate collection in 12 villages and needs 200 containers and information for residents.",
  }),
  need(S.SPECIAL_VEHICLES, "fire-engine", [80_000, 150_000], [IN_KIND, GRANT], {
    title: ["Пожежна автоцистерна", "Fire engine with a water tank"],
    uk: "Місцева пожежна команда має одну машину 1980-х років на всі села громади. Потрібна автоцистерна, можна вживана, у робочому стані.",
    en: "The local fire brigade has one engine from the 1980s for all the villages. A tanker engine is needed; a used one in working order will do.",
  }),
  need(S.SPECIAL_VEHICLES, "ambulance", [60_000, 95_000], [IN_KIND, GRANT], {
    title: ["Автомобіль швидкої допомоги", "Ambulance"],
    uk: "Амбулаторія обслуговує віддалені села, куди швидка з районного центру їде понад годину. Потрібен повнопривідний автомобіль з обладнанням.",
    en: "The clinic serves remote villages that an ambulance from the district centre needs over an hour to reach. An equipped four-wheel-drive vehicle is needed.",
  }),
  need(S.SPECIAL_VEHICLES, "municipal-tractor", [45_000, 80_000], [IN_KIND, FINANCIAL_ASSISTANCE], {
    title: ["Трактор з навісним обладнанням для комунального підприємства", "Tractor with attachments for the municipal utility"],
    uk: "Для розчищення доріг узимку та покосу влітку комунальне підприємство має лише один старий трактор.",
    en: "The municipal utility has a single old tractor for clearing snow in winter and mowing in summer.",
  }),
  need(S.EDUCATION_YOUTH, "stem-classroom", [15_000, 35_000], [GRANT, IN_KIND], {
    title: ["Обладнання для STEM-кабінету", "Equipment for a STEM classroom"],
    uk: "Опорний ліцей хоче відкрити кабінет природничих наук і робототехніки для учнів з усіх сіл громади.",
    en: "The main lyceum wants to open a science and robotics room for pupils from all the villages of the community.",
  }),
  need(S.EDUCATION_YOUTH, "language-camp", [12_000, 30_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Літній мовний табір для підлітків", "Summer language camp for teenagers"],
    uk: "Табір на 60 учасників з вожатими — носіями мови партнерської країни; частину місць відведено дітям загиблих захисників.",
    en: "A camp for 60 teenagers with counsellors who are native speakers from the partner country; some places are kept for children of fallen soldiers.",
  }),
  need(S.EDUCATION_YOUTH, "laptops", [10_000, 25_000], [IN_KIND], {
    title: ["Ноутбуки для дистанційного навчання", "Laptops for remote learning"],
    uk: "Під час тривог уроки часто переходять онлайн, а в багатьох родин переселенців немає комп'ютера. Потрібно 80 ноутбуків.",
    en: "Lessons often move online during air-raid alerts, and many displaced families have no computer. Eighty laptops are needed.",
  }),
  need(S.BORDER_EQUIPMENT, "border-waiting-area", [60_000, 140_000], [GRANT, IN_KIND], {
    title: ["Зона очікування біля пункту пропуску", "Waiting area at the border crossing"],
    uk: "Навіси, туалети, пункти обігріву та зарядки для людей, які годинами чекають у черзі, зокрема для родин з дітьми.",
    en: "Shelters, toilets, heating and charging points for people, including families with children, who wait in line for hours.",
  }),
  need(S.BORDER_EQUIPMENT, "truck-queue", [40_000, 90_000], [TECHNICAL_ASSISTANCE, GRANT], {
    title: ["Електронна черга для вантажівок", "Electronic queue for trucks"],
    uk: "Черга вантажівок тягнеться через усю громаду й блокує рух. Електронна черга з майданчиком очікування розвантажить дороги.",
    en: "The line of trucks stretches through the whole community and blocks traffic. An electronic queue with a holding area would clear the roads.",
  }),
  need(S.ENVIRONMENT, "water-lab", [30_000, 70_000], [IN_KIND, TECHNICAL_ASSISTANCE], {
    title: ["Лабораторія для аналізу якості води", "Laboratory for testing water quality"],
    uk: "Після пошкодження очисних споруд мешканці не знають, чи безпечна вода в криницях. Потрібне обладнання та навчання лаборантів.",
    en: "Since the treatment plant was damaged, residents do not know whether their well water is safe. Equipment and training for lab staff are needed.",
  }),
  need(S.ENVIRONMENT, "town-park", [25_000, 60_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Відновлення міського парку", "Restoring the town park"],
    uk: "Парк — єдине місце відпочинку для родин. Потрібні саджанці, лавки, освітлення та толока з волонтерами.",
    en: "The park is the only place where families can relax. Saplings, benches, lighting and a volunteer clean-up day are needed.",
  }),
  need(S.SHELTERS, "kindergarten-shelter", [70_000, 150_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Укриття для дитячого садка", "Shelter for the kindergarten"],
    uk: "Без укриття садок не може відкритися, і 120 дітей залишаються вдома, а їхні батьки не можуть працювати.",
    en: "Without a shelter the kindergarten cannot open: 120 children stay at home and their parents cannot work.",
  }),
  need(S.SHELTERS, "lyceum-shelter", [25_000, 55_000], [IN_KIND, GRANT], {
    title: ["Обладнання укриття в ліцеї", "Fitting out the lyceum's shelter"],
    uk: "Підвал ліцею вже укріплено; бракує вентиляції, резервного живлення, питної води та меблів, щоб уроки тривали під час тривог.",
    en: "The lyceum's basement has been reinforced; it still lacks ventilation, backup power, drinking water and furniture so that lessons can go on during alerts.",
  }),
  need(S.BUSINESS_RELOCATION, "industrial-park", [300_000, 700_000], [FINANCIAL_ASSISTANCE, TECHNICAL_ASSISTANCE], {
    title: ["Індустріальний парк для релокованих підприємств", "Industrial park for relocated companies"],
    uk: "Громада має вільну ділянку із залізничною колією. Для запуску парку потрібні інженерні мережі та проєкт.",
    en: "The community has a free plot with a railway siding. Utility connections and a design are needed to open the park.",
  }),
  need(S.BUSINESS_RELOCATION, "logistics-warehouse", [120_000, 260_000], [FINANCIAL_ASSISTANCE, GRANT], {
    title: ["Логістичний склад для гуманітарних і комерційних вантажів", "Warehouse for aid and commercial cargo"],
    uk: "Склад біля траси дозволить приймати вантажі від партнерів і обслуговувати місцевих виробників.",
    en: "A warehouse by the highway would let the community receive partners' shipments and serve local producers.",
  }),
  need(S.EXPORT_DEVELOPMENT, "trade-fair", [8_000, 20_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Стенд місцевих виробників на виставці в ЄС", "A stand for local producers at an EU trade fair"],
    uk: "Десять фермерських і ремісничих підприємств громади готові експортувати; потрібні участь у виставці та переклад каталогів.",
    en: "Ten farms and craft businesses in the community are ready to export; they need a place at a fair and translated catalogues.",
  }),
  need(S.EXPORT_DEVELOPMENT, "certification", [10_000, 25_000], [TECHNICAL_ASSISTANCE], {
    title: ["Сертифікація крафтових сироварень", "Certification for craft cheese makers"],
    uk: "Сироварні громади хочуть продавати продукцію в ЄС. Потрібні консультації щодо вимог безпечності харчових продуктів і аудит.",
    en: "The community's cheese makers want to sell in the EU. They need advice on food-safety requirements and an audit.",
  }),
  need(S.INVESTMENT, "berry-plant", [500_000, 1_500_000], [FINANCIAL_ASSISTANCE], {
    title: ["Інвестор для заводу з переробки ягід", "Investor for a berry processing plant"],
    uk: "Фермери громади вирощують лохину й малину, але продають сировину дешево. Завод шокового заморожування дасть 60 робочих місць.",
    en: "Local farmers grow blueberries and raspberries but sell them cheaply as raw produce. A quick-freeze plant would create 60 jobs.",
  }),
  need(S.INVESTMENT, "block-line", [200_000, 450_000], [FINANCIAL_ASSISTANCE, IN_KIND], {
    title: ["Лінія з виробництва будівельних блоків", "Production line for building blocks"],
    uk: "Для відбудови потрібні будматеріали, а в громаді є кар'єр піску. Лінія з виробництва блоків забезпечить і відбудову, і роботу.",
    en: "Rebuilding needs materials, and the community has a sand quarry. A block production line would supply the rebuilding and create jobs.",
  }),
  need(S.INTEGRATION_EMPLOYMENT, "retraining-centre", [40_000, 90_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Центр перекваліфікації для переселенців", "Retraining centre for displaced people"],
    uk: "Багато переселенців мають професії, на які в громаді немає попиту. Курси зварювання, ІТ і догляду допоможуть знайти роботу.",
    en: "Many displaced people have trades that are not in demand here. Courses in welding, IT and care work would help them find jobs.",
  }),
  need(S.INTEGRATION_EMPLOYMENT, "micro-grants", [30_000, 80_000], [GRANT], {
    title: ["Мікрогранти на власну справу", "Micro-grants to start a business"],
    uk: "Програма з 30 мікрогрантів і наставництвом для переселенців і ветеранів, які відкривають власну справу в громаді.",
    en: "A programme of 30 micro-grants with mentoring for displaced people and veterans who start a business in the community.",
  }),
  need(S.HEALTHCARE, "rehab-ward", [60_000, 140_000], [IN_KIND, GRANT], {
    title: ["Обладнання для реабілітаційного відділення", "Equipment for the rehabilitation ward"],
    uk: "Лікарня відкриває відділення реабілітації для ветеранів і цивільних. Потрібні тренажери, бруси, вертикалізатор і навчання фізичних терапевтів.",
    en: "The hospital is opening a rehabilitation ward for veterans and civilians. It needs exercise machines, parallel bars, a standing frame and training for physiotherapists.",
  }),
  need(S.HEALTHCARE, "portable-ultrasound", [15_000, 30_000], [IN_KIND], {
    title: ["Портативний апарат УЗД для амбулаторії", "Portable ultrasound for the clinic"],
    uk: "Сімейні лікарі виїжджають у віддалені села; портативний апарат дозволить обстежувати пацієнтів на місці.",
    en: "Family doctors travel to remote villages; a portable scanner would let them examine patients on the spot.",
  }),
  need(S.HEALTHCARE, "child-psychologists", [10_000, 25_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Психологічна підтримка для дітей", "Psychological support for children"],
    uk: "Діти, які пережили окупацію чи обстріли, потребують регулярної роботи з психологами. Потрібні фахівці та навчання шкільних психологів.",
    en: "Children who lived through occupation or shelling need regular sessions with psychologists. Specialists and training for school psychologists are needed.",
  }),
  need(S.HUMANITARIAN_AID, "generators", [15_000, 40_000], [IN_KIND], {
    title: ["Генератори для пунктів незламності", "Generators for resilience points"],
    uk: "Вісім пунктів незламності мають працювати під час тривалих відключень. Потрібні генератори на 10–30 кВт.",
    en: "Eight resilience points must keep working through long blackouts. Generators of 10–30 kW are needed.",
  }),
  need(S.HUMANITARIAN_AID, "winter-kits", [20_000, 50_000], [IN_KIND, GRANT], {
    title: ["Зимові набори для родин у прифронтових селах", "Winter kits for families in frontline villages"],
    uk: "Теплі ковдри, обігрівачі, ліхтарі та павербанки для 500 родин, які лишаються в селах поблизу лінії фронту.",
    en: "Warm blankets, heaters, lamps and power banks for 500 families who stay in villages near the front line.",
  }),
  need(S.CULTURE_IDENTITY, "wooden-church", [50_000, 120_000], [GRANT, TECHNICAL_ASSISTANCE], {
    title: ["Реставрація дерев'яної церкви", "Restoring a wooden church"],
    uk: "Дерев'яна церква XIX століття — пам'ятка місцевого значення; дах протікає, а розписи руйнуються. Потрібні реставратори та кошти.",
    en: "The 19th-century wooden church is a listed local monument; its roof leaks and the paintings are decaying. Restorers and funds are needed.",
  }),
  need(S.CULTURE_IDENTITY, "museum-digitisation", [8_000, 20_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Оцифрування фондів краєзнавчого музею", "Digitising the local history museum"],
    uk: "Музей хоче оцифрувати колекцію й відкрити онлайн-доступ, щоб зберегти її на випадок загрози. Потрібні сканер, фотообладнання та волонтери.",
    en: "The museum wants to digitise its collection and publish it online so that it survives any threat. A scanner, camera equipment and volunteers are needed.",
  }),
  need(S.CIVIL_SOCIETY_GOVERNANCE, "participatory-budget", [10_000, 25_000], [TECHNICAL_ASSISTANCE, GRANT], {
    title: ["Запуск бюджету участі", "Launching a participatory budget"],
    uk: "Громада хоче, щоб мешканці самі обирали частину проєктів відбудови. Потрібні онлайн-платформа для голосування та супровід першого циклу.",
    en: "The community wants residents to choose some of the rebuilding projects themselves. It needs an online voting platform and support through the first round.",
  }),
  need(S.CIVIL_SOCIETY_GOVERNANCE, "councillor-training", [5_000, 15_000], [TECHNICAL_ASSISTANCE, VOLUNTEERS_EXPERTISE], {
    title: ["Навчання депутатів і старост", "Training for councillors and village heads"],
    uk: "Курс з управління проєктами, закупівель і роботи з донорами для депутатів ради та старост сіл.",
    en: "A course on project management, procurement and working with donors for council members and village heads.",
  }),
  need(S.DIALOGUE_PEACEBUILDING, "dialogue-meetings", [6_000, 15_000], [GRANT, VOLUNTEERS_EXPERTISE], {
    title: ["Діалогові зустрічі мешканців і переселенців", "Dialogue meetings of residents and displaced people"],
    uk: "Цикл із шести зустрічей з фасилітаторами, щоб обговорити спільне життя громади, житло та роботу без взаємних звинувачень.",
    en: "A series of six facilitated meetings to talk about living together, housing and jobs without mutual blame.",
  }),
  need(S.DIALOGUE_PEACEBUILDING, "veterans-space", [20_000, 45_000], [GRANT, IN_KIND], {
    title: ["Простір для ветеранів і їхніх родин", "A space for veterans and their families"],
    uk: "Приміщення, де ветерани можуть зустрічатися, отримати консультацію юриста чи психолога та долучитися до життя громади.",
    en: "A place where veterans can meet, get legal or psychological advice and take part in community life.",
  }),
  need(S.ADVOCACY, "delegation-visit", [5_000, 12_000], [GRANT], {
    title: ["Візит делегації громади до партнерського міста", "Community delegation visit to a partner city"],
    uk: "Голова громади та двоє фахівців хочуть представити проєкти відбудови партнерам за кордоном. Потрібні кошти на дорогу та перекладача.",
    en: "The head of the community and two specialists want to present rebuilding projects to partners abroad. Travel costs and an interpreter are needed.",
  }),
  need(S.ADVOCACY, "english-profile", [3_000, 8_000], [TECHNICAL_ASSISTANCE, VOLUNTEERS_EXPERTISE], {
    title: ["Англомовна презентація громади для донорів", "An English-language presentation of the community for donors"],
    uk: "Партнери просять інформацію про громаду англійською: профіль, карти, фото та перелік проєктів із кошторисами.",
    en: "Partners ask for information about the community in English: a profile, maps, photos and a list of projects with costs.",
  }),
];

function vocabularyOf(sector: Sector): SectorVocabulary {
  const words = sectorWords[sector];
  return {
    label: text(words.label),
    goal: { uk: words.uk, en: words.en },
    activities: [text(words.activities[0]), text(words.activities[1])],
    needs: needTemplates.filter((n) => n.sector === sector).map((n) => n.template),
  };
}

export const sectors = Object.keys(sectorWords) as Sector[];
export const sectorVocabulary = {} as Record<Sector, SectorVocabulary>;
for (const sector of sectors) sectorVocabulary[sector] = vocabularyOf(sector);

/** The special need the matching journey uses (PRODUCT.md journey 3). */
export const schoolBusNeed = needTemplate("school-bus", [60_000, 60_000], [GRANT, IN_KIND], {
  title: ["Шкільний автобус для підвезення дітей із сіл", "School bus to bring pupils in from the villages"],
  uk: "Після закриття малокомплектних шкіл діти з віддалених сіл громади їздять до опорного ліцею. Єдиний автобус громади 2006 року часто ламається. Потрібен новий або вживаний у доброму стані автобус на 30–40 місць; підійде і передача техніки, і грант на закупівлю.",
  en: "Since the small village schools closed, children from the community's remote villages travel to the main lyceum. The community's only bus dates from 2006 and often breaks down. A new or good used bus with 30–40 seats is needed; either a donated vehicle or a grant to buy one would help.",
});

/** ISO 639-1 → the instrumental form used in "спілкуємося українською та німецькою", and English. */
export const languageNames: Record<string, Text> = {
  uk: { uk: "українською", en: "Ukrainian" },
  en: { uk: "англійською", en: "English" },
  de: { uk: "німецькою", en: "German" },
  pl: { uk: "польською", en: "Polish" },
  fr: { uk: "французькою", en: "French" },
  it: { uk: "італійською", en: "Italian" },
  cs: { uk: "чеською", en: "Czech" },
  sk: { uk: "словацькою", en: "Slovak" },
  es: { uk: "іспанською", en: "Spanish" },
  pt: { uk: "португальською", en: "Portuguese" },
  nl: { uk: "нідерландською", en: "Dutch" },
  sv: { uk: "шведською", en: "Swedish" },
  lt: { uk: "литовською", en: "Lithuanian" },
  lv: { uk: "латиською", en: "Latvian" },
  et: { uk: "естонською", en: "Estonian" },
  ro: { uk: "румунською", en: "Romanian" },
  hu: { uk: "угорською", en: "Hungarian" },
  da: { uk: "данською", en: "Danish" },
  no: { uk: "норвезькою", en: "Norwegian" },
  fi: { uk: "фінською", en: "Finnish" },
  ka: { uk: "грузинською", en: "Georgian" },
  tr: { uk: "турецькою", en: "Turkish" },
};

/** The language(s) of each host country, ISO 639-1, most used first. */
export const countryLanguages: Record<string, string[]> = {
  AR: ["es"],
  AT: ["de"],
  AU: ["en"],
  BE: ["fr", "nl"],
  BR: ["pt"],
  CA: ["en", "fr"],
  CH: ["de", "fr"],
  CZ: ["cs"],
  DE: ["de"],
  DK: ["da"],
  EE: ["et"],
  ES: ["es"],
  FI: ["fi"],
  FR: ["fr"],
  GB: ["en"],
  GE: ["ka"],
  HU: ["hu"],
  IE: ["en"],
  IT: ["it"],
  LT: ["lt"],
  LV: ["lv"],
  MD: ["ro"],
  NL: ["nl"],
  NO: ["no"],
  PL: ["pl"],
  PT: ["pt"],
  RO: ["ro"],
  SE: ["sv"],
  SK: ["sk"],
  TR: ["tr"],
  UA: ["uk"],
  US: ["en"],
};

/** The currency an organisation in each country keeps its budget in. */
export const countryCurrency: Record<string, string> = {
  AR: "USD",
  AT: "EUR",
  AU: "AUD",
  BE: "EUR",
  BR: "BRL",
  CA: "CAD",
  CH: "CHF",
  CZ: "CZK",
  DE: "EUR",
  DK: "DKK",
  EE: "EUR",
  ES: "EUR",
  FI: "EUR",
  FR: "EUR",
  GB: "GBP",
  GE: "GEL",
  HU: "HUF",
  IE: "EUR",
  IT: "EUR",
  LT: "EUR",
  LV: "EUR",
  MD: "MDL",
  NL: "EUR",
  NO: "NOK",
  PL: "PLN",
  PT: "EUR",
  RO: "RON",
  SE: "SEK",
  SK: "EUR",
  TR: "TRY",
  UA: "UAH",
  US: "USD",
};

/** Rough units of each currency per euro, only to give demo budgets plausible magnitudes. */
export const perEuro: Record<string, number> = {
  EUR: 1,
  USD: 1.1,
  CAD: 1.5,
  AUD: 1.65,
  GBP: 0.85,
  CHF: 0.95,
  PLN: 4.3,
  CZK: 25,
  SEK: 11,
  NOK: 11.5,
  DKK: 7.5,
  HUF: 390,
  RON: 5,
  MDL: 19.5,
  GEL: 3,
  TRY: 38,
  BRL: 6,
  UAH: 46,
};

export { Sector };
