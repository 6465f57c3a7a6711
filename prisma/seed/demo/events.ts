// Demo events, past and upcoming relative to the seeding day. Slugs never depend on the date, so
// a re-run on another day finds the same slugs and skips them instead of adding copies.
import type { Prisma } from "../../../generated/prisma/client";
import { EventType, LocationPrecision, ModerationStatus, Sector } from "../../../generated/prisma/enums";
import { getCity, getOblast, type CityRecord, type CountryRecord } from "../../../lib/geo/places";
import { publicPoint } from "../../../lib/geo/precision";
import type { HromadaRow } from "../official";
import { seedId, slugify, type Random } from "../util";
import { addDays, jitter, lowerFirst, rngFor, zonedTime } from "./common";
import { BEREZHANY_KATOTTG, communityNames, type DemoCommunityProfile } from "./communities";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { demoAccounts, userId } from "./people";
import { sectorVocabulary, text, type Pair, type Text } from "./vocabulary";

export type DemoEvent = Prisma.EventCreateManyInput & {
  id: string;
  slug: string;
  type: EventType;
  startsAt: Date;
  sectors: Sector[];
  languages: string[];
};

const T = EventType;

const timing: Record<EventType, { start: [number, number]; days: number; end: [number, number] }> = {
  NETWORKING: { start: [18, 30], days: 0, end: [21, 0] },
  FORUM: { start: [10, 0], days: 0, end: [17, 0] },
  CONFERENCE: { start: [9, 30], days: 1, end: [16, 0] },
  WEBINAR: { start: [17, 0], days: 0, end: [18, 30] },
  STUDY_VISIT: { start: [9, 0], days: 2, end: [18, 0] },
  DELEGATION: { start: [10, 0], days: 1, end: [17, 0] },
  DIALOGUE_SESSION: { start: [18, 0], days: 0, end: [20, 30] },
  TRAINING: { start: [10, 0], days: 0, end: [16, 0] },
  FUNDRAISER: { start: [19, 0], days: 0, end: [22, 0] },
  CULTURAL: { start: [18, 0], days: 0, end: [21, 0] },
};

const typeDescription: Record<EventType, Text> = {
  NETWORKING: {
    uk: "Неформальна зустріч представників організацій, волонтерів і всіх, хто хоче долучитися. Розповімо про поточні проєкти та домовимося про спільні кроки.",
    en: "An informal meeting of organisations, volunteers and anyone who wants to join. We will share current projects and agree on next steps.",
  },
  FORUM: {
    uk: "Цілоденний форум: панелі з представниками громад, донорів і діаспорних організацій, презентації проєктів і час для знайомств.",
    en: "A full-day forum with panels of community representatives, donors and diaspora organisations, project pitches and time for networking.",
  },
  CONFERENCE: {
    uk: "Дводенна конференція для фахівців: досвід громад, вимоги донорів, практичні секції.",
    en: "A two-day conference for practitioners: community experience, donor requirements and practical sessions.",
  },
  WEBINAR: {
    uk: "Онлайн-зустріч на 90 хвилин із запитаннями та відповідями. Посилання надішлемо після реєстрації.",
    en: "A 90-minute online session with questions and answers. The link will be sent after registration.",
  },
  STUDY_VISIT: {
    uk: "Триденний візит для посадовців громад: рішення на місці, зустрічі з муніципалітетами та підприємствами.",
    en: "A three-day visit for community officials: solutions seen on site, meetings with municipalities and companies.",
  },
  DELEGATION: {
    uk: "Голови та фахівці громад зустрінуться з місцевою владою й партнерськими організаціями, щоб обговорити конкретні проєкти.",
    en: "Community heads and specialists will meet local government and partner organisations to discuss concrete projects.",
  },
  DIALOGUE_SESSION: {
    uk: "Фасилітована розмова в малих групах. Можна брати участь анонімно; правила безпечного простору діють для всіх.",
    en: "A facilitated conversation in small groups. You may take part anonymously; safe-space rules apply to everyone.",
  },
  TRAINING: {
    uk: "Практичний тренінг: пошук партнерів, підготовка заявок, англомовний профіль громади, звітність перед донорами.",
    en: "A hands-on training: finding partners, preparing applications, an English-language community profile and reporting to donors.",
  },
  FUNDRAISER: {
    uk: "Вечір музики та благодійного аукціону. Усі зібрані кошти підуть на проєкт громади-партнера.",
    en: "An evening of music and a charity auction. All proceeds go to a partner community's project.",
  },
  CULTURAL: {
    uk: "Вхід вільний; запрошуємо родини з дітьми та друзів України.",
    en: "Free entry; families with children and friends of Ukraine are welcome.",
  },
};

const fundraiserTarget: Partial<Record<Sector, Text>> = {
  SPECIAL_VEHICLES: { uk: "швидку для прифронтової громади", en: "an ambulance for a frontline community" },
  HEATING: { uk: "генератори для пунктів незламності", en: "generators for resilience points" },
  HEALTHCARE: { uk: "реабілітаційне обладнання", en: "rehabilitation equipment" },
  EDUCATION_YOUTH: { uk: "шкільний автобус", en: "a school bus" },
  SHELTERS: { uk: "укриття для дитячого садка", en: "a kindergarten shelter" },
};

const cultural: Text[] = [
  { uk: "Вечір української поезії та музики", en: "An evening of Ukrainian poetry and music" },
  { uk: "Майстер-клас із петриківського розпису", en: "Petrykivka painting workshop" },
];

function generatedTitle(type: EventType, city: CityRecord, country: CountryRecord, sector: Sector, rng: Random): Text {
  const label = sectorVocabulary[sector].label;
  switch (type) {
    case T.NETWORKING:
      return { uk: `Зустріч українських організацій ${city.ukGenitive}`, en: `Meet-up of Ukrainian organisations in ${city.en}` };
    case T.FORUM:
      return { uk: `Форум «Діаспора для відбудови» ${city.ukLocative}`, en: `Diaspora for Recovery Forum in ${city.en}` };
    case T.CONFERENCE:
      return {
        uk: `Конференція «${label.uk}: досвід громад і партнерів»`,
        en: `Conference: ${label.en} — lessons from communities and partners`,
      };
    case T.WEBINAR:
      return {
        uk: `Вебінар: ${lowerFirst(label.uk)} — що потрібно громадам зараз`,
        en: `Webinar: ${label.en.toLowerCase()} — what communities need now`,
      };
    case T.STUDY_VISIT:
      return {
        uk: `Навчальний візит: ${lowerFirst(label.uk)} ${country.ukLocative}`,
        en: `Study visit: ${label.en.toLowerCase()} ${country.enLocative}`,
      };
    case T.DELEGATION:
      return { uk: `Делегація українських громад ${city.ukLocative}`, en: `Delegation of Ukrainian communities to ${city.en}` };
    case T.DIALOGUE_SESSION:
      return { uk: "Діалогова сесія: повернення, інтеграція, довіра", en: "Dialogue session: return, integration and trust" };
    case T.TRAINING:
      return {
        uk: "Тренінг для координаторів міжнародної співпраці громад",
        en: "Training for communities' international cooperation officers",
      };
    case T.FUNDRAISER: {
      const target = fundraiserTarget[sector] ?? { uk: "проєкти громад-партнерів", en: "partner communities' projects" };
      return {
        uk: `Благодійний концерт ${city.ukLocative}: збір на ${target.uk}`,
        en: `Charity concert in ${city.en}: raising funds for ${target.en}`,
      };
    }
    case T.CULTURAL:
      return rng.chance(0.5)
        ? rng.pick(cultural)
        : { uk: `Фестиваль українського кіно ${city.ukLocative}`, en: `Ukrainian film festival in ${city.en}` };
  }
}

function venueFor(type: EventType, org: DemoOrganization): string {
  const city = org.city.en;
  switch (type) {
    case T.FORUM:
    case T.CONFERENCE:
      return `Conference centre, ${city}`;
    case T.DELEGATION:
      return `City Hall, ${city}`;
    case T.FUNDRAISER:
    case T.CULTURAL:
      return `Cultural centre, ${city}`;
    case T.STUDY_VISIT:
      return `Several sites, ${org.country.en}`;
    default:
      return `${org.name.en}, ${city}`;
  }
}

interface EventSpec {
  slug: string;
  type: EventType;
  title: Text;
  description: Text;
  day: Date;
  timeZone: string;
  online: boolean;
  place?: { lat: number; lng: number; precision: LocationPrecision; city: string; country: string; venue: string; oblastCode?: string };
  organizationId?: string;
  communityId?: string;
  registrationBase: string;
  languages: string[];
  sectors: Sector[];
  status?: ModerationStatus;
  createdById?: string;
}

/** A key organisation as a host: its usual venue (none: its events are online), their languages, who posts them. */
interface Host {
  org: DemoOrganization;
  venue?: string;
  precision?: LocationPrecision;
  languages: string[];
  createdById?: string;
}

/** A host's event: its title [uk, en], its description in each language, its sectors; and a place and zone of its own, if elsewhere. */
interface OwnEvent {
  title: Pair;
  uk: string;
  en: string;
  sectors: Sector[];
  place?: EventSpec["place"];
  timeZone?: string;
}

/** A venue in the host's town: the stored point is the organisation's own. */
function atHost(o: DemoOrganization, venue: string, precision: LocationPrecision = LocationPrecision.EXACT) {
  return { lat: o.row.lat, lng: o.row.lng, precision, city: o.city.en, country: o.city.country, venue };
}

/** A venue in a community's centre (public knowledge); at region precision it shows at the oblast centre. */
function inCentre(row: HromadaRow, venue: string, precision: LocationPrecision) {
  return { lat: row.lat, lng: row.lng, precision, city: row.centerEn, country: "UA", venue, oblastCode: row.oblastCode };
}

function buildEvent(spec: EventSpec): DemoEvent {
  const t = timing[spec.type];
  const startsAt = zonedTime(spec.day, t.start[0], t.start[1], spec.timeZone);
  const endsAt = zonedTime(addDays(spec.day, t.days), t.end[0], t.end[1], spec.timeZone);
  const place = spec.online ? undefined : spec.place;
  const oblastCenter = place?.oblastCode ? getOblast(place.oblastCode)?.center : undefined;
  const shown = place
    ? publicPoint({ lat: place.lat, lng: place.lng, precision: place.precision, country: place.country, city: place.city, oblastCenter })
    : null;
  return {
    id: seedId("event", spec.slug),
    slug: spec.slug,
    type: spec.type,
    title: spec.title,
    description: spec.description,
    startsAt,
    endsAt,
    timeZone: spec.timeZone,
    isOnline: spec.online,
    onlineUrl: spec.online ? `https://meet.example/${spec.slug}` : null,
    venue: place?.venue ?? null,
    city: place?.city ?? null,
    country: place?.country ?? null,
    lat: place?.lat ?? null,
    lng: place?.lng ?? null,
    locationPrecision: place?.precision ?? LocationPrecision.EXACT,
    publicLat: shown?.lat ?? null,
    publicLng: shown?.lng ?? null,
    registrationUrl: `${spec.registrationBase}/events/${spec.slug}`,
    registrationDeadline: addDays(startsAt, -2),
    languages: spec.languages,
    sectors: spec.sectors,
    organizationId: spec.organizationId ?? null,
    communityId: spec.communityId ?? null,
    isDemo: true,
    status: spec.status ?? ModerationStatus.PUBLISHED,
    createdById: spec.createdById ?? null,
  };
}

/** Slugs of events the journeys rely on. */
export const keyEventSlugs = {
  berlinSchoolBusEvening: "bridges-for-schools-berlin-school-bus-evening",
  berlinYouthForum: "kryla-youth-forum-berlin",
  berezhanyOpenDays: "berezhany-partner-open-days",
} as const;

export function buildEvents(orgs: readonly DemoOrganization[], profiles: readonly DemoCommunityProfile[], today: Date): DemoEvent[] {
  const rng = rngFor("events");
  const bySlug = new Map(orgs.map((o) => [o.row.slug, o]));
  const org = (slug: string) => {
    const found = bySlug.get(slug);
    if (!found) throw new Error(`no organisation ${slug}`);
    return found;
  };
  // The host's id and its (made-up) site, where the event's registration page is.
  const hostedBy = (o: DemoOrganization) => ({ organizationId: o.row.id, registrationBase: `https://${o.row.slug}.example` });
  const hostedByCommunity = (p: DemoCommunityProfile) => ({
    communityId: p.community.id,
    registrationBase: `https://${p.community.slug}.hromada.example`,
  });
  const representative = userId(demoAccounts.representative);
  const berlinLanguages = ["uk", "de"];
  const bridges: Host = {
    org: org(keyOrganizationSlugs.berlinRepresentative),
    venue: "Bridges for Schools community room, Berlin",
    languages: berlinLanguages,
    createdById: representative,
  };
  const kryla: Host = {
    org: org(keyOrganizationSlugs.berlinYouth),
    venue: "Youth centre, Kreuzberg, Berlin",
    precision: LocationPrecision.CITY,
    languages: berlinLanguages,
  };
  const soniashnyk: Host = {
    org: org(keyOrganizationSlugs.berlinSchool),
    venue: "Soniashnyk Saturday School, Berlin",
    languages: berlinLanguages,
  };
  const friends: Host = {
    org: org(keyOrganizationSlugs.kyivNamed),
    venue: "Cultural centre, Toronto",
    precision: LocationPrecision.CITY,
    languages: ["uk", "en"],
  };
  const hub: Host = { org: org(keyOrganizationSlugs.kyivBased), languages: ["uk"] };
  const lviv = getCity("ua-lviv") as CityRecord;
  const S = Sector;

  /** A host's event: at its venue (online without one), unless the event names another place and zone. */
  const ownEvent = (host: Host, slug: string, type: EventType, inDays: number, e: OwnEvent) =>
    buildEvent({
      slug,
      type,
      title: text(e.title),
      description: { uk: e.uk, en: e.en },
      day: addDays(today, inDays),
      timeZone: e.timeZone ?? host.org.city.timeZone,
      online: !host.venue && !e.place,
      place: e.place ?? (host.venue ? atHost(host.org, host.venue, host.precision) : undefined),
      ...hostedBy(host.org),
      languages: host.languages,
      sectors: e.sectors,
      createdById: host.createdById,
    });

  const events: DemoEvent[] = [
    ownEvent(bridges, keyEventSlugs.berlinSchoolBusEvening, T.NETWORKING, 9, {
      title: [
        "Інформаційний вечір: шкільні автобуси для громад Тернопільщини",
        "Information evening: school buses for communities in the Ternopil region",
      ],
      uk: "Розповімо, як ми шукаємо вживані автобуси в німецьких муніципалітетах, скільки коштують підготовка й доставка та як можна долучитися. Гостя вечора — представниця Бережанської громади (онлайн).",
      en: "We will explain how we find used buses in German municipalities, what preparing and delivering one costs and how you can help. Our guest is a representative of Berezhanska hromada (online).",
      sectors: [S.EDUCATION_YOUTH, S.SPECIAL_VEHICLES],
    }),
    ownEvent(bridges, "bridges-for-schools-berlin-camp-counsellor-training", T.TRAINING, 24, {
      title: ["Тренінг для вожатих літнього мовного табору", "Training for summer language camp counsellors"],
      uk: "Готуємо волонтерів, які працюватимуть з підлітками з українських громад: безпека, ігрові методики вивчення німецької, підтримка дітей, що пережили стрес.",
      en: "We prepare volunteers who will work with teenagers from Ukrainian communities: safety, playful ways to learn German, and supporting children who have lived through stress.",
      sectors: [S.EDUCATION_YOUTH],
    }),
    ownEvent(bridges, "bridges-for-schools-berlin-bus-handover-lviv", T.DELEGATION, -40, {
      title: ["Передача шкільного автобуса громаді на Львівщині", "Handing over a school bus to a community in Lviv Oblast"],
      uk: "Наша делегація передала громаді 35-місний автобус, зібраний разом із берлінськими школами, і зустрілася з учнями та вчителями.",
      en: "Our delegation handed over a 35-seat bus, collected together with Berlin schools, and met pupils and teachers.",
      place: { ...jitter(rng, lviv.lat, lviv.lng, 1, 5), precision: LocationPrecision.CITY, city: lviv.en, country: "UA", venue: "Lviv" },
      timeZone: "Europe/Kyiv",
      sectors: [S.SPECIAL_VEHICLES, S.EDUCATION_YOUTH],
    }),
    ownEvent(kryla, keyEventSlugs.berlinYouthForum, T.FORUM, 16, {
      title: ["Молодіжний форум «Крила»: голос молоді у відбудові", "Kryla Youth Forum: young voices in rebuilding Ukraine"],
      uk: "Молодь з Берліна та українських громад обговорить обміни, волонтерство та участь у рішеннях громад. У програмі — дебати, майстерні та вечірній концерт.",
      en: "Young people from Berlin and Ukrainian communities will discuss exchanges, volunteering and a say in community decisions. Debates, workshops and an evening concert.",
      sectors: [S.EDUCATION_YOUTH, S.CIVIL_SOCIETY_GOVERNANCE],
    }),
    ownEvent(kryla, "kryla-board-games-evening-berlin", T.NETWORKING, 5, {
      title: ["Вечір настільних ігор і знайомств для молоді", "Board games and meet-up evening for young people"],
      uk: "Для тих, хто нещодавно переїхав до Берліна: знайомимося, граємо й плануємо літні обміни з громадами.",
      en: "For those who have recently moved to Berlin: meet people, play games and plan summer exchanges with communities.",
      sectors: [S.EDUCATION_YOUTH],
    }),
    ownEvent(soniashnyk, "soniashnyk-open-lesson-berlin", T.TRAINING, 12, {
      title: ["Відкритий урок української для дітей і батьків", "Open Ukrainian lesson for children and parents"],
      uk: "Покажемо, як проходять заняття в суботній школі, і розкажемо про запис на новий навчальний рік.",
      en: "See how lessons at our Saturday school work and find out how to enrol for the new school year.",
      sectors: [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY],
    }),
    ownEvent(friends, "friends-of-kyiv-toronto-kyiv-day-concert", T.FUNDRAISER, 20, {
      title: ["День Києва в Торонто: благодійний концерт", "Kyiv Day in Toronto: charity concert"],
      uk: "Музика київських гуртів, ярмарок і аукціон. Кошти підуть на реабілітаційне обладнання для лікарні в Києві.",
      en: "Music by Kyiv bands, a fair and an auction. Proceeds go to rehabilitation equipment for a hospital in Kyiv.",
      sectors: [S.HEALTHCARE, S.CULTURE_IDENTITY],
    }),
    ownEvent(hub, "kyiv-hub-webinar-english-profile", T.WEBINAR, 7, {
      title: ["Вебінар: як громаді підготувати англомовний профіль", "Webinar: preparing your community's English-language profile"],
      uk: "Що партнери хочуть знати про громаду, як описати цілі та проєкти з орієнтовною вартістю і чому важливо вказати, якими мовами говорять ваші фахівці.",
      en: "What partners want to know about a community, how to describe goals and projects with an approximate cost, and why it matters to list the languages your staff speak.",
      sectors: [S.CIVIL_SOCIETY_GOVERNANCE, S.ADVOCACY],
    }),
  ];

  // Community-organised events, in the community's centre (public knowledge: exact).
  const berezhany = profiles.find((p) => p.community.row.katottg === BEREZHANY_KATOTTG);
  if (berezhany) {
    const row = berezhany.community.row;
    events.push(
      buildEvent({
        slug: keyEventSlugs.berezhanyOpenDays,
        type: T.STUDY_VISIT,
        title: { uk: "Дні відкритих дверей для партнерів у Бережанах", en: "Open days for partners in Berezhany" },
        description: {
          uk: "Запрошуємо організації-партнерів побачити громаду: опорний ліцей і маршрути шкільних автобусів, замок, підприємства та місця для молодіжних таборів.",
          en: "We invite partner organisations to see the community: the main lyceum and school bus routes, the castle, local businesses and places for youth camps.",
        },
        day: addDays(today, 45),
        timeZone: "Europe/Kyiv",
        online: false,
        place: inCentre(row, "Berezhany Town Council", LocationPrecision.EXACT),
        ...hostedByCommunity(berezhany),
        languages: ["uk", "en", "pl", "de"],
        sectors: [S.EDUCATION_YOUTH, S.CULTURE_IDENTITY, S.SPECIAL_VEHICLES],
        createdById: userId(demoAccounts.official),
      }),
    );
  }
  const communityTypes: EventType[] = [T.DELEGATION, T.DIALOGUE_SESSION, T.FORUM, T.CULTURAL];
  // Gatherings with foreign guests are not staged in communities under fire.
  const hosts = rng.sample(
    profiles.filter((p) => p !== berezhany && !p.community.row.combatZone && !p.community.row.isPartlyOccupied),
    communityTypes.length,
  );
  hosts.forEach((host, i) => {
    const type = communityTypes[i] as EventType;
    const row = host.community.row;
    const names = communityNames(row);
    const titles: Record<string, Text> = {
      DELEGATION: { uk: `Візит делегації партнерів до громади: ${names.uk}`, en: `Partner delegation visits ${names.en}` },
      DIALOGUE_SESSION: {
        uk: "Діалог мешканців і переселенців: як нам жити разом",
        en: "Residents and displaced people in dialogue: living together",
      },
      FORUM: { uk: "Форум громади: пріоритети відбудови", en: "Community forum: rebuilding priorities" },
      CULTURAL: { uk: "Свято громади з гостями з-за кордону", en: "Community festival with guests from abroad" },
    };
    const upcoming = i % 2 === 0;
    // Some communities prefer not to pin the venue: those events show at the oblast centre.
    const precision = i === 1 ? LocationPrecision.REGION : LocationPrecision.EXACT;
    events.push(
      buildEvent({
        slug: `${host.community.slug}-${slugify(type)}`,
        type,
        title: titles[type] as Text,
        description: typeDescription[type],
        day: addDays(today, upcoming ? rng.int(10, 90) : -rng.int(10, 120)),
        timeZone: "Europe/Kyiv",
        online: false,
        place: inCentre(row, `${row.centerEn} community centre`, precision),
        ...hostedByCommunity(host),
        languages: ["uk", "en"],
        sectors: rng.sample([S.CIVIL_SOCIETY_GOVERNANCE, S.CULTURE_IDENTITY, S.DIALOGUE_PEACEBUILDING, S.INFRASTRUCTURE], 2),
      }),
    );
  });

  // Generated organisation events: every type in turn, about 60% upcoming.
  const types = Object.values(EventType);
  const keySlugs = new Set<string>(Object.values(keyOrganizationSlugs));
  const organisers = rng.sample(
    orgs.filter((o) => o.row.status === ModerationStatus.PUBLISHED && !keySlugs.has(o.row.slug)),
    32,
  );
  const taken = new Set(events.map((e) => e.slug));
  organisers.forEach((o, i) => {
    const type = types[i % types.length] as EventType;
    const sectors = rng.sample(o.row.sectors, Math.min(2, o.row.sectors.length));
    const title = generatedTitle(type, o.city, o.country, sectors[0] ?? Sector.CULTURE_IDENTITY, rng);
    let slug = `${o.row.slug}-${slugify(type)}`;
    if (taken.has(slug)) slug = `${slug}-${i}`;
    taken.add(slug);
    const online = type === T.WEBINAR || ((type === T.TRAINING || type === T.DIALOGUE_SESSION) && rng.chance(0.5));
    const upcoming = i % 5 !== 0 && i % 5 !== 3;
    const point = jitter(rng, o.city.lat, o.city.lng, 0.2, 4);
    events.push(
      buildEvent({
        slug,
        type,
        title,
        description: typeDescription[type],
        day: addDays(today, upcoming ? rng.int(3, 150) : -rng.int(3, 200)),
        timeZone: o.city.timeZone,
        online,
        place: {
          ...point,
          precision: rng.chance(0.75) ? LocationPrecision.EXACT : LocationPrecision.CITY,
          city: o.city.en,
          country: o.city.country,
          venue: venueFor(type, o),
        },
        ...hostedBy(o),
        languages: o.row.languages.slice(0, 2),
        sectors,
        status: i === 7 || i === 19 ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED,
      }),
    );
  });
  return events;
}
