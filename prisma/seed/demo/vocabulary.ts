// Words and phrases the demo generator composes texts from, per sector, in Ukrainian and
// English. Written for this project (facts from docs in /work/shared/design/PRODUCT.md); the
// Ukrainian is written as Ukrainian, not translated word by word from the English.
import { AidType, Sector } from "../../../generated/prisma/enums";

// A type alias, not an interface: only aliases are assignable to Prisma's JSON input type.
export type Text = { uk: string; en: string };

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

export const sectorVocabulary: Record<Sector, SectorVocabulary> = {
  HEATING: {
    label: { uk: "Теплопостачання", en: "Heating" },
    goal: { uk: "допомагати громадам пройти зиму в теплі", en: "help communities get through the winter warm" },
    activities: [
      { uk: "постачання котлів, генераторів і теплових насосів", en: "supplying boilers, generators and heat pumps" },
      { uk: "енергоаудит шкіл і лікарень", en: "energy audits of schools and hospitals" },
    ],
    needs: [
      {
        key: "modular-boiler-house",
        title: { uk: "Модульна котельня для лікарні", en: "Modular boiler house for the hospital" },
        description: {
          uk: "Стара котельня лікарні зношена й не витримає ще одного опалювального сезону. Модульна котельня потужністю близько 1 МВт опалюватиме лікарню та сусідню школу.",
          en: "The hospital's old boiler house is worn out and will not last another heating season. A modular unit of about 1 MW would heat the hospital and the school next door.",
        },
        eur: [180_000, 320_000],
        aidTypes: [GRANT, IN_KIND],
      },
      {
        key: "school-heat-pumps",
        title: { uk: "Теплові насоси для двох шкіл", en: "Heat pumps for two schools" },
        description: {
          uk: "Заміна газових котлів на теплові насоси зменшить витрати на опалення майже вдвічі та зробить школи незалежними від постачання газу.",
          en: "Replacing gas boilers with heat pumps would almost halve heating costs and free the schools from dependence on gas supplies.",
        },
        eur: [90_000, 160_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
      {
        key: "solid-fuel-boilers",
        title: { uk: "Твердопаливні котли для пунктів незламності", en: "Solid-fuel boilers for resilience points" },
        description: {
          uk: "Пункти незламності в старостатах мають бути теплими навіть без світла й газу. Потрібно шість котлів із димоходами та запасом палива на зиму.",
          en: "Resilience points in the village offices must stay warm even without power or gas. Six boilers with chimneys and a winter's supply of fuel are needed.",
        },
        eur: [20_000, 45_000],
        aidTypes: [IN_KIND, GRANT],
      },
    ],
  },
  RENEWABLE_ENERGY: {
    label: { uk: "Відновлювана енергетика", en: "Renewable energy" },
    goal: { uk: "зробити громади енергонезалежними", en: "make communities energy-independent" },
    activities: [
      {
        uk: "сонячні станції з накопичувачами для лікарень і водоканалів",
        en: "solar plants with batteries for hospitals and water utilities",
      },
      { uk: "навчання місцевих енергоменеджерів", en: "training local energy managers" },
    ],
    needs: [
      {
        key: "solar-water-utility",
        title: { uk: "Сонячна станція з накопичувачем для водоканалу", en: "Solar plant with storage for the water utility" },
        description: {
          uk: "Під час відключень електроенергії насосні станції зупиняються, і без води лишаються тисячі людей. Станція на 150 кВт з акумуляторами забезпечить безперервну подачу води.",
          en: "When the power goes out the pumping stations stop and thousands of people are left without water. A 150 kW plant with batteries would keep the water running.",
        },
        eur: [140_000, 260_000],
        aidTypes: [GRANT, FINANCIAL_ASSISTANCE],
      },
      {
        key: "clinic-solar-roofs",
        title: { uk: "Сонячні панелі на дахах амбулаторій", en: "Solar panels on the roofs of village clinics" },
        description: {
          uk: "П'ять сільських амбулаторій мають зберігати ліки в холодильниках і приймати пацієнтів під час блекаутів. Потрібні панелі, інвертори й монтаж.",
          en: "Five village clinics have to keep medicines cold and see patients during blackouts. Panels, inverters and installation are needed.",
        },
        eur: [40_000, 90_000],
        aidTypes: [GRANT, IN_KIND],
      },
    ],
  },
  HOUSING: {
    label: { uk: "Житло та модульне будівництво", en: "Housing and modular construction" },
    goal: { uk: "дати дах над головою тим, хто втратив домівку", en: "give a roof to those who lost their homes" },
    activities: [
      { uk: "модульні будинки для внутрішньо переміщених осіб", en: "modular houses for internally displaced people" },
      { uk: "ремонт пошкодженого житла", en: "repairing damaged homes" },
    ],
    needs: [
      {
        key: "modular-housing",
        title: { uk: "Модульне містечко на 40 родин", en: "Modular housing for 40 families" },
        description: {
          uk: "Громада прийняла понад дві тисячі переселенців, і вільного житла не лишилося. Є ділянка з підведеними мережами; потрібні модульні будинки та їх встановлення.",
          en: "The community has taken in more than two thousand displaced people and has no free housing left. A serviced plot is ready; modular houses and their installation are needed.",
        },
        eur: [600_000, 1_200_000],
        aidTypes: [GRANT, FINANCIAL_ASSISTANCE],
      },
      {
        key: "roof-window-repairs",
        title: { uk: "Матеріали для ремонту дахів і вікон", en: "Materials to repair roofs and windows" },
        description: {
          uk: "Після обстрілів пошкоджено кількасот приватних будинків. Потрібні покрівельні матеріали, плівка та склопакети, а також волонтери для монтажу.",
          en: "Shelling damaged several hundred private houses. Roofing, plastic sheeting and double-glazed windows are needed, and volunteers to fit them.",
        },
        eur: [50_000, 120_000],
        aidTypes: [IN_KIND, VOLUNTEERS_EXPERTISE],
      },
      {
        key: "dormitory-renovation",
        title: { uk: "Ремонт гуртожитку під соціальне житло", en: "Turning a dormitory into social housing" },
        description: {
          uk: "Порожній гуртожиток колишнього училища можна перетворити на 30 квартир для родин переселенців і ветеранів.",
          en: "An empty dormitory of a former vocational school could become 30 flats for displaced families and veterans.",
        },
        eur: [250_000, 480_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
    ],
  },
  INFRASTRUCTURE: {
    label: { uk: "Відбудова інфраструктури", en: "Infrastructure reconstruction" },
    goal: { uk: "відновлювати мости, дороги й водопостачання", en: "restore bridges, roads and water supply" },
    activities: [
      { uk: "проєктна документація для відбудови", en: "design documents for reconstruction" },
      { uk: "технічний нагляд за відновлювальними роботами", en: "technical supervision of repair works" },
    ],
    needs: [
      {
        key: "bridge",
        title: { uk: "Відновлення мосту через річку", en: "Rebuilding the bridge over the river" },
        description: {
          uk: "Зруйнований міст з'єднував центр громади з п'ятьма селами; тепер об'їзд становить понад 40 км, і швидка не встигає вчасно.",
          en: "The destroyed bridge linked the community centre with five villages; the detour is now over 40 km and ambulances cannot arrive in time.",
        },
        eur: [400_000, 900_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
      {
        key: "water-main",
        title: { uk: "Реконструкція водогону", en: "Reconstruction of the water main" },
        description: {
          uk: "Водогону понад пів століття, втрати води сягають 40 %. Потрібні труби, насоси та фахівці для проєкту.",
          en: "The water main is over fifty years old and loses up to 40% of its water. Pipes, pumps and engineers for the design are needed.",
        },
        eur: [250_000, 500_000],
        aidTypes: [FINANCIAL_ASSISTANCE, TECHNICAL_ASSISTANCE],
      },
      {
        key: "school-design-documents",
        title: { uk: "Проєктна документація для відбудови школи", en: "Design documents for rebuilding the school" },
        description: {
          uk: "Щоб подати заявку донорам, громаді потрібна проєктно-кошторисна документація з урахуванням енергоефективності та укриття.",
          en: "To apply to donors the community needs a full design and cost estimate that includes energy efficiency and a shelter.",
        },
        eur: [30_000, 60_000],
        aidTypes: [TECHNICAL_ASSISTANCE, GRANT],
      },
    ],
  },
  DEBRIS_WASTE: {
    label: { uk: "Розбирання завалів і відходи", en: "Debris and waste management" },
    goal: { uk: "розчищати зруйноване та переробляти будівельні відходи", en: "clear rubble and recycle construction waste" },
    activities: [
      { uk: "дробарки для переробки будівельного сміття", en: "crushers to recycle construction rubble" },
      { uk: "роздільний збір відходів у громадах", en: "separate waste collection in communities" },
    ],
    needs: [
      {
        key: "rubble-crusher",
        title: { uk: "Мобільна дробарка для будівельних відходів", en: "Mobile crusher for construction waste" },
        description: {
          uk: "Уламки зруйнованих будівель можна переробити на щебінь для ремонту доріг замість того, щоб вивозити їх на звалище.",
          en: "Rubble from destroyed buildings could be crushed into gravel for road repairs instead of being hauled to a landfill.",
        },
        eur: [150_000, 250_000],
        aidTypes: [GRANT, IN_KIND],
      },
      {
        key: "sorting-containers",
        title: { uk: "Контейнери для роздільного збору сміття", en: "Containers for separate waste collection" },
        description: {
          uk: "Громада запускає роздільний збір у 12 селах; потрібні 200 контейнерів і навчання для мешканців.",
          en: "The community is starting separate collection in 12 villages and needs 200 containers and information for residents.",
        },
        eur: [20_000, 50_000],
        aidTypes: [IN_KIND, GRANT],
      },
    ],
  },
  SPECIAL_VEHICLES: {
    label: { uk: "Спецтехніка", en: "Special vehicles" },
    goal: {
      uk: "передавати громадам автобуси, швидкі та комунальну техніку",
      en: "deliver buses, ambulances and municipal machinery to communities",
    },
    activities: [
      { uk: "збирання й передача шкільних автобусів і карет швидкої", en: "collecting and delivering school buses and ambulances" },
      { uk: "закупівля пожежних машин і комунальної техніки", en: "buying fire engines and municipal machinery" },
    ],
    needs: [
      {
        key: "fire-engine",
        title: { uk: "Пожежна автоцистерна", en: "Fire engine with a water tank" },
        description: {
          uk: "Місцева пожежна команда має одну машину 1980-х років на всі села громади. Потрібна автоцистерна, можна вживана, у робочому стані.",
          en: "The local fire brigade has one engine from the 1980s for all the villages. A tanker engine is needed; a used one in working order will do.",
        },
        eur: [80_000, 150_000],
        aidTypes: [IN_KIND, GRANT],
      },
      {
        key: "ambulance",
        title: { uk: "Автомобіль швидкої допомоги", en: "Ambulance" },
        description: {
          uk: "Амбулаторія обслуговує віддалені села, куди швидка з районного центру їде понад годину. Потрібен повнопривідний автомобіль з обладнанням.",
          en: "The clinic serves remote villages that an ambulance from the district centre needs over an hour to reach. An equipped four-wheel-drive vehicle is needed.",
        },
        eur: [60_000, 95_000],
        aidTypes: [IN_KIND, GRANT],
      },
      {
        key: "municipal-tractor",
        title: {
          uk: "Трактор з навісним обладнанням для комунального підприємства",
          en: "Tractor with attachments for the municipal utility",
        },
        description: {
          uk: "Для розчищення доріг узимку та покосу влітку комунальне підприємство має лише один старий трактор.",
          en: "The municipal utility has a single old tractor for clearing snow in winter and mowing in summer.",
        },
        eur: [45_000, 80_000],
        aidTypes: [IN_KIND, FINANCIAL_ASSISTANCE],
      },
    ],
  },
  EDUCATION_YOUTH: {
    label: { uk: "Освіта та молодь", en: "Education and youth" },
    goal: {
      uk: "давати дітям і молоді освіту, обміни та мовні табори",
      en: "give children and young people education, exchanges and language camps",
    },
    activities: [
      { uk: "молодіжні обміни та мовні табори", en: "youth exchanges and language camps" },
      { uk: "обладнання для шкіл і шкільних укриттів", en: "equipment for schools and school shelters" },
    ],
    needs: [
      {
        key: "stem-classroom",
        title: { uk: "Обладнання для STEM-кабінету", en: "Equipment for a STEM classroom" },
        description: {
          uk: "Опорний ліцей хоче відкрити кабінет природничих наук і робототехніки для учнів з усіх сіл громади.",
          en: "The main lyceum wants to open a science and robotics room for pupils from all the villages of the community.",
        },
        eur: [15_000, 35_000],
        aidTypes: [GRANT, IN_KIND],
      },
      {
        key: "language-camp",
        title: { uk: "Літній мовний табір для підлітків", en: "Summer language camp for teenagers" },
        description: {
          uk: "Табір на 60 учасників з вожатими — носіями мови партнерської країни; частину місць відведено дітям загиблих захисників.",
          en: "A camp for 60 teenagers with counsellors who are native speakers from the partner country; some places are kept for children of fallen soldiers.",
        },
        eur: [12_000, 30_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
      {
        key: "laptops",
        title: { uk: "Ноутбуки для дистанційного навчання", en: "Laptops for remote learning" },
        description: {
          uk: "Під час тривог уроки часто переходять онлайн, а в багатьох родин переселенців немає комп'ютера. Потрібно 80 ноутбуків.",
          en: "Lessons often move online during air-raid alerts, and many displaced families have no computer. Eighty laptops are needed.",
        },
        eur: [10_000, 25_000],
        aidTypes: [IN_KIND],
      },
    ],
  },
  BORDER_EQUIPMENT: {
    label: { uk: "Обладнання пунктів пропуску", en: "Border crossing equipment" },
    goal: {
      uk: "пришвидшувати перетин кордону для людей і гуманітарних вантажів",
      en: "speed up border crossings for people and aid cargo",
    },
    activities: [
      { uk: "сканери та ваги для пунктів пропуску", en: "scanners and scales for crossing points" },
      { uk: "облаштування зон очікування", en: "waiting areas at the border" },
    ],
    needs: [
      {
        key: "border-waiting-area",
        title: { uk: "Зона очікування біля пункту пропуску", en: "Waiting area at the border crossing" },
        description: {
          uk: "Навіси, туалети, пункти обігріву та зарядки для людей, які годинами чекають у черзі, зокрема для родин з дітьми.",
          en: "Shelters, toilets, heating and charging points for people, including families with children, who wait in line for hours.",
        },
        eur: [60_000, 140_000],
        aidTypes: [GRANT, IN_KIND],
      },
      {
        key: "truck-queue",
        title: { uk: "Електронна черга для вантажівок", en: "Electronic queue for trucks" },
        description: {
          uk: "Черга вантажівок тягнеться через усю громаду й блокує рух. Електронна черга з майданчиком очікування розвантажить дороги.",
          en: "The line of trucks stretches through the whole community and blocks traffic. An electronic queue with a holding area would clear the roads.",
        },
        eur: [40_000, 90_000],
        aidTypes: [TECHNICAL_ASSISTANCE, GRANT],
      },
    ],
  },
  ENVIRONMENT: {
    label: { uk: "Довкілля", en: "Environment" },
    goal: { uk: "відновлювати довкілля, пошкоджене війною", en: "restore the environment damaged by the war" },
    activities: [
      { uk: "моніторинг забруднення ґрунтів і води", en: "monitoring soil and water pollution" },
      { uk: "відновлення лісів і озеленення", en: "replanting forests and greening towns" },
    ],
    needs: [
      {
        key: "water-lab",
        title: { uk: "Лабораторія для аналізу якості води", en: "Laboratory for testing water quality" },
        description: {
          uk: "Після пошкодження очисних споруд мешканці не знають, чи безпечна вода в криницях. Потрібне обладнання та навчання лаборантів.",
          en: "Since the treatment plant was damaged, residents do not know whether their well water is safe. Equipment and training for lab staff are needed.",
        },
        eur: [30_000, 70_000],
        aidTypes: [IN_KIND, TECHNICAL_ASSISTANCE],
      },
      {
        key: "town-park",
        title: { uk: "Відновлення міського парку", en: "Restoring the town park" },
        description: {
          uk: "Парк — єдине місце відпочинку для родин. Потрібні саджанці, лавки, освітлення та толока з волонтерами.",
          en: "The park is the only place where families can relax. Saplings, benches, lighting and a volunteer clean-up day are needed.",
        },
        eur: [25_000, 60_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
    ],
  },
  SHELTERS: {
    label: { uk: "Укриття", en: "Shelters" },
    goal: { uk: "облаштовувати безпечні укриття в школах і садочках", en: "build safe shelters in schools and kindergartens" },
    activities: [
      { uk: "облаштування укриттів у школах і дитсадках", en: "shelters in schools and kindergartens" },
      { uk: "вентиляція, освітлення та зв'язок в укриттях", en: "ventilation, lighting and communications in shelters" },
    ],
    needs: [
      {
        key: "kindergarten-shelter",
        title: { uk: "Укриття для дитячого садка", en: "Shelter for the kindergarten" },
        description: {
          uk: "Без укриття садок не може відкритися, і 120 дітей залишаються вдома, а їхні батьки не можуть працювати.",
          en: "Without a shelter the kindergarten cannot open: 120 children stay at home and their parents cannot work.",
        },
        eur: [70_000, 150_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
      {
        key: "lyceum-shelter",
        title: { uk: "Обладнання укриття в ліцеї", en: "Fitting out the lyceum's shelter" },
        description: {
          uk: "Підвал ліцею вже укріплено; бракує вентиляції, резервного живлення, питної води та меблів, щоб уроки тривали під час тривог.",
          en: "The lyceum's basement has been reinforced; it still lacks ventilation, backup power, drinking water and furniture so that lessons can go on during alerts.",
        },
        eur: [25_000, 55_000],
        aidTypes: [IN_KIND, GRANT],
      },
    ],
  },
  BUSINESS_RELOCATION: {
    label: { uk: "Релокація бізнесу та логістика", en: "Business relocation and logistics" },
    goal: {
      uk: "допомагати підприємствам переїхати в безпечніші регіони й налагодити логістику",
      en: "help businesses move to safer regions and set up logistics",
    },
    activities: [
      { uk: "пошук виробничих приміщень для релокованих підприємств", en: "finding premises for relocated companies" },
      { uk: "консультації з логістики та митних процедур", en: "advice on logistics and customs procedures" },
    ],
    needs: [
      {
        key: "industrial-park",
        title: { uk: "Індустріальний парк для релокованих підприємств", en: "Industrial park for relocated companies" },
        description: {
          uk: "Громада має вільну ділянку із залізничною колією. Для запуску парку потрібні інженерні мережі та проєкт.",
          en: "The community has a free plot with a railway siding. Utility connections and a design are needed to open the park.",
        },
        eur: [300_000, 700_000],
        aidTypes: [FINANCIAL_ASSISTANCE, TECHNICAL_ASSISTANCE],
      },
      {
        key: "logistics-warehouse",
        title: { uk: "Логістичний склад для гуманітарних і комерційних вантажів", en: "Warehouse for aid and commercial cargo" },
        description: {
          uk: "Склад біля траси дозволить приймати вантажі від партнерів і обслуговувати місцевих виробників.",
          en: "A warehouse by the highway would let the community receive partners' shipments and serve local producers.",
        },
        eur: [120_000, 260_000],
        aidTypes: [FINANCIAL_ASSISTANCE, GRANT],
      },
    ],
  },
  EXPORT_DEVELOPMENT: {
    label: { uk: "Розвиток експорту", en: "Export development" },
    goal: { uk: "виводити продукцію українських громад на ринки ЄС", en: "bring the products of Ukrainian communities to EU markets" },
    activities: [
      { uk: "участь виробників у виставках за кордоном", en: "bringing producers to trade fairs abroad" },
      { uk: "сертифікація продукції за стандартами ЄС", en: "certifying products to EU standards" },
    ],
    needs: [
      {
        key: "trade-fair",
        title: { uk: "Стенд місцевих виробників на виставці в ЄС", en: "A stand for local producers at an EU trade fair" },
        description: {
          uk: "Десять фермерських і ремісничих підприємств громади готові експортувати; потрібні участь у виставці та переклад каталогів.",
          en: "Ten farms and craft businesses in the community are ready to export; they need a place at a fair and translated catalogues.",
        },
        eur: [8_000, 20_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
      {
        key: "certification",
        title: { uk: "Сертифікація крафтових сироварень", en: "Certification for craft cheese makers" },
        description: {
          uk: "Сироварні громади хочуть продавати продукцію в ЄС. Потрібні консультації щодо вимог безпечності харчових продуктів і аудит.",
          en: "The community's cheese makers want to sell in the EU. They need advice on food-safety requirements and an audit.",
        },
        eur: [10_000, 25_000],
        aidTypes: [TECHNICAL_ASSISTANCE],
      },
    ],
  },
  INVESTMENT: {
    label: { uk: "Інвестиції", en: "Investment" },
    goal: {
      uk: "залучати інвестиції в будматеріали, агровиробництво й переробку",
      en: "attract investment in building materials, farming and food processing",
    },
    activities: [
      { uk: "інвестиційні профілі громад", en: "investment profiles of communities" },
      { uk: "супровід інвесторів на місці", en: "on-site support for investors" },
    ],
    needs: [
      {
        key: "berry-plant",
        title: { uk: "Інвестор для заводу з переробки ягід", en: "Investor for a berry processing plant" },
        description: {
          uk: "Фермери громади вирощують лохину й малину, але продають сировину дешево. Завод шокового заморожування дасть 60 робочих місць.",
          en: "Local farmers grow blueberries and raspberries but sell them cheaply as raw produce. A quick-freeze plant would create 60 jobs.",
        },
        eur: [500_000, 1_500_000],
        aidTypes: [FINANCIAL_ASSISTANCE],
      },
      {
        key: "block-line",
        title: { uk: "Лінія з виробництва будівельних блоків", en: "Production line for building blocks" },
        description: {
          uk: "Для відбудови потрібні будматеріали, а в громаді є кар'єр піску. Лінія з виробництва блоків забезпечить і відбудову, і роботу.",
          en: "Rebuilding needs materials, and the community has a sand quarry. A block production line would supply the rebuilding and create jobs.",
        },
        eur: [200_000, 450_000],
        aidTypes: [FINANCIAL_ASSISTANCE, IN_KIND],
      },
    ],
  },
  INTEGRATION_EMPLOYMENT: {
    label: { uk: "Інтеграція та працевлаштування переселенців", en: "Integration and employment of displaced people" },
    goal: {
      uk: "допомагати переселенцям знайти роботу й нове коло підтримки",
      en: "help displaced people find work and a new circle of support",
    },
    activities: [
      { uk: "курси перекваліфікації та мовні курси", en: "retraining and language courses" },
      { uk: "хаби для переселенців з консультаціями", en: "hubs for displaced people with advice" },
    ],
    needs: [
      {
        key: "retraining-centre",
        title: { uk: "Центр перекваліфікації для переселенців", en: "Retraining centre for displaced people" },
        description: {
          uk: "Багато переселенців мають професії, на які в громаді немає попиту. Курси зварювання, ІТ і догляду допоможуть знайти роботу.",
          en: "Many displaced people have trades that are not in demand here. Courses in welding, IT and care work would help them find jobs.",
        },
        eur: [40_000, 90_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
      {
        key: "micro-grants",
        title: { uk: "Мікрогранти на власну справу", en: "Micro-grants to start a business" },
        description: {
          uk: "Програма з 30 мікрогрантів і наставництвом для переселенців і ветеранів, які відкривають власну справу в громаді.",
          en: "A programme of 30 micro-grants with mentoring for displaced people and veterans who start a business in the community.",
        },
        eur: [30_000, 80_000],
        aidTypes: [GRANT],
      },
    ],
  },
  HEALTHCARE: {
    label: { uk: "Охорона здоров'я та реабілітація", en: "Healthcare and rehabilitation" },
    goal: { uk: "підтримувати лікарні та реабілітацію поранених", en: "support hospitals and the rehabilitation of the wounded" },
    activities: [
      { uk: "медичне обладнання для лікарень громад", en: "medical equipment for community hospitals" },
      { uk: "реабілітаційні програми для ветеранів і цивільних", en: "rehabilitation programmes for veterans and civilians" },
    ],
    needs: [
      {
        key: "rehab-ward",
        title: { uk: "Обладнання для реабілітаційного відділення", en: "Equipment for the rehabilitation ward" },
        description: {
          uk: "Лікарня відкриває відділення реабілітації для ветеранів і цивільних. Потрібні тренажери, бруси, вертикалізатор і навчання фізичних терапевтів.",
          en: "The hospital is opening a rehabilitation ward for veterans and civilians. It needs exercise machines, parallel bars, a standing frame and training for physiotherapists.",
        },
        eur: [60_000, 140_000],
        aidTypes: [IN_KIND, GRANT],
      },
      {
        key: "portable-ultrasound",
        title: { uk: "Портативний апарат УЗД для амбулаторії", en: "Portable ultrasound for the clinic" },
        description: {
          uk: "Сімейні лікарі виїжджають у віддалені села; портативний апарат дозволить обстежувати пацієнтів на місці.",
          en: "Family doctors travel to remote villages; a portable scanner would let them examine patients on the spot.",
        },
        eur: [15_000, 30_000],
        aidTypes: [IN_KIND],
      },
      {
        key: "child-psychologists",
        title: { uk: "Психологічна підтримка для дітей", en: "Psychological support for children" },
        description: {
          uk: "Діти, які пережили окупацію чи обстріли, потребують регулярної роботи з психологами. Потрібні фахівці та навчання шкільних психологів.",
          en: "Children who lived through occupation or shelling need regular sessions with psychologists. Specialists and training for school psychologists are needed.",
        },
        eur: [10_000, 25_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
    ],
  },
  HUMANITARIAN_AID: {
    label: { uk: "Гуманітарна допомога", en: "Humanitarian aid" },
    goal: { uk: "доставляти гуманітарну допомогу туди, де вона найпотрібніша", en: "deliver humanitarian aid where it is needed most" },
    activities: [
      { uk: "збирання й доставка гуманітарних вантажів", en: "collecting and delivering aid shipments" },
      { uk: "продуктові та гігієнічні набори", en: "food and hygiene kits" },
    ],
    needs: [
      {
        key: "generators",
        title: { uk: "Генератори для пунктів незламності", en: "Generators for resilience points" },
        description: {
          uk: "Вісім пунктів незламності мають працювати під час тривалих відключень. Потрібні генератори на 10–30 кВт.",
          en: "Eight resilience points must keep working through long blackouts. Generators of 10–30 kW are needed.",
        },
        eur: [15_000, 40_000],
        aidTypes: [IN_KIND],
      },
      {
        key: "winter-kits",
        title: { uk: "Зимові набори для родин у прифронтових селах", en: "Winter kits for families in frontline villages" },
        description: {
          uk: "Теплі ковдри, обігрівачі, ліхтарі та павербанки для 500 родин, які лишаються в селах поблизу лінії фронту.",
          en: "Warm blankets, heaters, lamps and power banks for 500 families who stay in villages near the front line.",
        },
        eur: [20_000, 50_000],
        aidTypes: [IN_KIND, GRANT],
      },
    ],
  },
  CULTURE_IDENTITY: {
    label: { uk: "Культура та ідентичність", en: "Culture and identity" },
    goal: { uk: "зберігати українську культуру та мову", en: "preserve Ukrainian culture and language" },
    activities: [
      { uk: "суботні школи українознавства", en: "Saturday schools of Ukrainian studies" },
      { uk: "концерти, виставки та фестивалі", en: "concerts, exhibitions and festivals" },
    ],
    needs: [
      {
        key: "wooden-church",
        title: { uk: "Реставрація дерев'яної церкви", en: "Restoring a wooden church" },
        description: {
          uk: "Дерев'яна церква XIX століття — пам'ятка місцевого значення; дах протікає, а розписи руйнуються. Потрібні реставратори та кошти.",
          en: "The 19th-century wooden church is a listed local monument; its roof leaks and the paintings are decaying. Restorers and funds are needed.",
        },
        eur: [50_000, 120_000],
        aidTypes: [GRANT, TECHNICAL_ASSISTANCE],
      },
      {
        key: "museum-digitisation",
        title: { uk: "Оцифрування фондів краєзнавчого музею", en: "Digitising the local history museum" },
        description: {
          uk: "Музей хоче оцифрувати колекцію й відкрити онлайн-доступ, щоб зберегти її на випадок загрози. Потрібні сканер, фотообладнання та волонтери.",
          en: "The museum wants to digitise its collection and publish it online so that it survives any threat. A scanner, camera equipment and volunteers are needed.",
        },
        eur: [8_000, 20_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
    ],
  },
  CIVIL_SOCIETY_GOVERNANCE: {
    label: { uk: "Громадянське суспільство та врядування", en: "Civil society and governance" },
    goal: { uk: "посилювати прозорість бюджетів і участь мешканців", en: "strengthen budget transparency and citizen participation" },
    activities: [
      { uk: "навчання з бюджету участі", en: "training on participatory budgeting" },
      { uk: "відкриті дані та прозорість громад", en: "open data and transparency in communities" },
    ],
    needs: [
      {
        key: "participatory-budget",
        title: { uk: "Запуск бюджету участі", en: "Launching a participatory budget" },
        description: {
          uk: "Громада хоче, щоб мешканці самі обирали частину проєктів відбудови. Потрібні онлайн-платформа для голосування та супровід першого циклу.",
          en: "The community wants residents to choose some of the rebuilding projects themselves. It needs an online voting platform and support through the first round.",
        },
        eur: [10_000, 25_000],
        aidTypes: [TECHNICAL_ASSISTANCE, GRANT],
      },
      {
        key: "councillor-training",
        title: { uk: "Навчання депутатів і старост", en: "Training for councillors and village heads" },
        description: {
          uk: "Курс з управління проєктами, закупівель і роботи з донорами для депутатів ради та старост сіл.",
          en: "A course on project management, procurement and working with donors for council members and village heads.",
        },
        eur: [5_000, 15_000],
        aidTypes: [TECHNICAL_ASSISTANCE, VOLUNTEERS_EXPERTISE],
      },
    ],
  },
  DIALOGUE_PEACEBUILDING: {
    label: { uk: "Діалог і миробудування", en: "Dialogue and peacebuilding" },
    goal: {
      uk: "вести діалог між мешканцями, переселенцями та ветеранами",
      en: "hold dialogue between residents, displaced people and veterans",
    },
    activities: [
      { uk: "діалогові сесії та фасилітація", en: "dialogue sessions and facilitation" },
      { uk: "анонімні опитування думок мешканців", en: "anonymous surveys of residents' views" },
    ],
    needs: [
      {
        key: "dialogue-meetings",
        title: { uk: "Діалогові зустрічі мешканців і переселенців", en: "Dialogue meetings of residents and displaced people" },
        description: {
          uk: "Цикл із шести зустрічей з фасилітаторами, щоб обговорити спільне життя громади, житло та роботу без взаємних звинувачень.",
          en: "A series of six facilitated meetings to talk about living together, housing and jobs without mutual blame.",
        },
        eur: [6_000, 15_000],
        aidTypes: [GRANT, VOLUNTEERS_EXPERTISE],
      },
      {
        key: "veterans-space",
        title: { uk: "Простір для ветеранів і їхніх родин", en: "A space for veterans and their families" },
        description: {
          uk: "Приміщення, де ветерани можуть зустрічатися, отримати консультацію юриста чи психолога та долучитися до життя громади.",
          en: "A place where veterans can meet, get legal or psychological advice and take part in community life.",
        },
        eur: [20_000, 45_000],
        aidTypes: [GRANT, IN_KIND],
      },
    ],
  },
  ADVOCACY: {
    label: { uk: "Адвокація", en: "Advocacy" },
    goal: {
      uk: "доносити потреби громад до урядів і суспільств країн перебування",
      en: "bring communities' needs to the governments and people of host countries",
    },
    activities: [
      { uk: "зустрічі з парламентарями та місцевою владою", en: "meetings with MPs and local government" },
      { uk: "інформаційні кампанії про відбудову", en: "information campaigns about recovery" },
    ],
    needs: [
      {
        key: "delegation-visit",
        title: { uk: "Візит делегації громади до партнерського міста", en: "Community delegation visit to a partner city" },
        description: {
          uk: "Голова громади та двоє фахівців хочуть представити проєкти відбудови партнерам за кордоном. Потрібні кошти на дорогу та перекладача.",
          en: "The head of the community and two specialists want to present rebuilding projects to partners abroad. Travel costs and an interpreter are needed.",
        },
        eur: [5_000, 12_000],
        aidTypes: [GRANT],
      },
      {
        key: "english-profile",
        title: { uk: "Англомовна презентація громади для донорів", en: "An English-language presentation of the community for donors" },
        description: {
          uk: "Партнери просять інформацію про громаду англійською: профіль, карти, фото та перелік проєктів із кошторисами.",
          en: "Partners ask for information about the community in English: a profile, maps, photos and a list of projects with costs.",
        },
        eur: [3_000, 8_000],
        aidTypes: [TECHNICAL_ASSISTANCE, VOLUNTEERS_EXPERTISE],
      },
    ],
  },
};

/** The special need the matching journey uses (PRODUCT.md journey 3). */
export const schoolBusNeed: NeedTemplate = {
  key: "school-bus",
  title: { uk: "Шкільний автобус для підвезення дітей із сіл", en: "School bus to bring pupils in from the villages" },
  description: {
    uk: "Після закриття малокомплектних шкіл діти з віддалених сіл громади їздять до опорного ліцею. Єдиний автобус громади 2006 року часто ламається. Потрібен новий або вживаний у доброму стані автобус на 30–40 місць; підійде і передача техніки, і грант на закупівлю.",
    en: "Since the small village schools closed, children from the community's remote villages travel to the main lyceum. The community's only bus dates from 2006 and often breaks down. A new or good used bus with 30–40 seats is needed; either a donated vehicle or a grant to buy one would help.",
  },
  eur: [60_000, 60_000],
  aidTypes: [GRANT, IN_KIND],
};

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

export const aidTypeText: Record<AidType, Text> = {
  GRANT: { uk: "гранти", en: "grants" },
  TECHNICAL_ASSISTANCE: { uk: "технічна допомога", en: "technical assistance" },
  FINANCIAL_ASSISTANCE: { uk: "пільгове фінансування", en: "concessional finance" },
  IN_KIND: { uk: "передача техніки й матеріалів", en: "donations in kind" },
  VOLUNTEERS_EXPERTISE: { uk: "волонтери та експерти", en: "volunteers and experts" },
};

export const sectors = Object.keys(sectorVocabulary) as Sector[];
export { Sector };
