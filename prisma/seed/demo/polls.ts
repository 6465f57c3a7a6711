// Demo polls with options and votes. As the schema requires: one PollParticipation per person
// per poll; named polls have a Vote per voter, anonymous polls only a count per option
// (PollTally, one for every option of every poll). member@demo.example votes nowhere, so
// the "each member votes once" journey can start from a clean slate with that account.
import type { Prisma } from "../../../generated/prisma/client";
import { ModerationStatus, PollAudience, PollResultsVisibility } from "../../../generated/prisma/enums";
import { seedId, type Random } from "../util";
import { addDays, rngFor } from "./common";
import { BEREZHANY_KATOTTG, type DemoCommunityProfile } from "./communities";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { demoAccounts, userId } from "./people";
import type { Text } from "./vocabulary";

export interface DemoPolls {
  polls: (Prisma.PollCreateManyInput & { id: string; slug: string })[];
  options: (Prisma.PollOptionCreateManyInput & { id: string })[];
  participations: Prisma.PollParticipationCreateManyInput[];
  votes: (Prisma.VoteCreateManyInput & { id: string })[];
  tallies: Prisma.PollTallyCreateManyInput[];
}

interface OptionSpec {
  label: Text;
  nominatedBy?: string;
  approved?: boolean;
}

interface PollSpec {
  slug: string;
  question: Text;
  description: Text;
  organizationId?: string;
  communityId?: string;
  /** IANA zone the organiser schedules in: an organisation's city's, Europe/Kyiv for a hromada. */
  timeZone: string;
  audience?: PollAudience;
  anonymous: boolean;
  nominations?: boolean;
  results?: PollResultsVisibility;
  opens: number;
  closes: number;
  createdBy?: string;
  options: OptionSpec[];
  voters: string[];
}

/** An option: its label, and who nominated it (and whether that was approved) when it was nominated. */
const option = (uk: string, en: string, nomination: Omit<OptionSpec, "label"> = {}): OptionSpec => ({ label: { uk, en }, ...nomination });

export const YOUTH_COUNCIL_POLL_SLUG = "kryla-youth-council-nominations";

export function buildPolls(orgs: readonly DemoOrganization[], profiles: readonly DemoCommunityProfile[], today: Date): DemoPolls {
  const rng = rngFor("polls");
  const org = (slug: string) => orgs.find((o) => o.row.slug === slug);
  const kryla = org(keyOrganizationSlugs.berlinYouth);
  const bridges = org(keyOrganizationSlugs.berlinRepresentative);
  const school = org(keyOrganizationSlugs.berlinSchool);
  const network = orgs.find((o) => o.row.kind === "NETWORK" && o.row.status === ModerationStatus.PUBLISHED);
  const dialogue = orgs.find(
    (o) => (o.row.sectors as string[]).includes("DIALOGUE_PEACEBUILDING") && o.row.status === ModerationStatus.PUBLISHED && o !== network,
  );
  const berezhany = profiles.find((p) => p.community.row.katottg === BEREZHANY_KATOTTG);
  const ternopilOthers = profiles.filter((p) => p.community.row.oblastCode === "UA61000000000060328" && p !== berezhany).slice(0, 2);
  const u = (local: string) => userId(`${local}@demo.example`);

  // A poll whose host (or first option) is not among the listings is left out.
  const wanted: (PollSpec | undefined)[] = [
    kryla && {
      slug: YOUTH_COUNCIL_POLL_SLUG,
      question: { uk: "Висування кандидатів до молодіжної ради", en: "Nominations for the youth council election" },
      description: {
        uk: "Назвіть, кого ви хочете бачити в молодіжній раді ініціативи, або проголосуйте за вже висунуту кандидатуру. Нові кандидатури з'являються після перевірки організаторами. Кожен учасник голосує один раз, анонімно.",
        en: "Name who you would like to see on the initiative's youth council, or vote for someone already nominated. New nominations appear once the organisers have checked them. Everyone votes once, anonymously.",
      },
      organizationId: kryla.row.id,
      timeZone: kryla.city.timeZone,
      anonymous: true,
      nominations: true,
      results: PollResultsVisibility.AFTER_CLOSE,
      opens: -3,
      closes: 14,
      createdBy: u("anna.schneider"),
      options: [
        option("Софія Ткачук", "Sofiia Tkachuk", { nominatedBy: u("yulia.bondarenko") }),
        option("Максим Лисенко", "Maksym Lysenko", { nominatedBy: u("maksym.lysenko") }),
        option("Дарина Федоренко", "Daryna Fedorenko", { nominatedBy: u("kateryna.oliinyk") }),
        option("Олег Романюк", "Oleh Romaniuk"),
        option("Ігор Савченко", "Ihor Savchenko", { nominatedBy: u("jan.nowak"), approved: false }),
      ],
      voters: [u("olena.kravets"), u("petro.shevchuk"), u("yulia.bondarenko"), u("dmytro.hnatiuk"), u("kateryna.oliinyk")],
    },
    berezhany && {
      slug: "berezhany-first-project",
      question: { uk: "Який проєкт громади підтримати першим?", en: "Which community project should be supported first?" },
      description: {
        uk: "Громада готує заявки партнерам і хоче знати думку мешканців. Голосування іменне: результати бачать усі.",
        en: "The community is preparing applications to partners and wants to hear from residents. Votes are named and the results are public.",
      },
      communityId: berezhany.community.id,
      timeZone: "Europe/Kyiv",
      anonymous: false,
      results: PollResultsVisibility.ALWAYS,
      opens: -40,
      closes: -10,
      createdBy: userId(demoAccounts.official),
      options: [
        option("Шкільний автобус для сіл громади", "A school bus for the villages"),
        option("Теплові насоси для шкіл", "Heat pumps for schools"),
        option("Літній мовний табір для підлітків", "A summer language camp for teenagers"),
      ],
      voters: [
        userId(demoAccounts.official),
        u("olena.kravets"),
        u("petro.shevchuk"),
        u("maksym.lysenko"),
        u("sofia.tkachuk"),
        u("anna.schneider"),
        u("jan.nowak"),
      ],
    },
    network && {
      slug: `${network.row.slug}-next-meeting`,
      question: { uk: "Коли провести наступну зустріч організацій мережі?", en: "When should the network's next members' meeting be?" },
      description: { uk: "Обираємо зручний формат для більшості членів мережі.", en: "Let us pick the format that suits most members." },
      organizationId: network.row.id,
      timeZone: network.city.timeZone,
      anonymous: false,
      opens: -2,
      closes: 10,
      options: [
        option("У будній день увечері", "A weekday evening"),
        option("У суботу вдень", "Saturday afternoon"),
        option("Онлайн", "Online"),
      ],
      voters: [u("dmytro.hnatiuk"), u("kateryna.oliinyk"), u("jan.nowak"), u("olena.kravets")],
    },
    school && {
      slug: "soniashnyk-language-courses",
      question: { uk: "Які мовні курси потрібні вашій родині?", en: "Which language courses does your family need?" },
      description: {
        uk: "Плануємо розклад на наступне півріччя. Опитування анонімне.",
        en: "We are planning the next term's timetable. The poll is anonymous.",
      },
      organizationId: school.row.id,
      timeZone: school.city.timeZone,
      anonymous: true,
      opens: 5,
      closes: 30,
      options: [
        option("Німецька для дорослих", "German for adults"),
        option("Українська для дітей", "Ukrainian for children"),
        option("Англійська для підлітків", "English for teenagers"),
      ],
      voters: [],
    },
    dialogue && {
      slug: `${dialogue.row.slug}-session-feedback`,
      question: {
        uk: "Чи допомогла діалогова сесія краще зрозуміти інших учасників?",
        en: "Did the dialogue session help you understand the other participants better?",
      },
      description: {
        uk: "Анонімне опитування після сесії; результати покажемо після завершення.",
        en: "An anonymous poll after the session; results are shown once it closes.",
      },
      organizationId: dialogue.row.id,
      timeZone: dialogue.city.timeZone,
      anonymous: true,
      results: PollResultsVisibility.AFTER_CLOSE,
      opens: -60,
      closes: -30,
      options: [option("Так", "Yes"), option("Частково", "Partly"), option("Ні", "No")],
      voters: [
        u("olena.kravets"),
        u("petro.shevchuk"),
        u("anna.schneider"),
        u("yulia.bondarenko"),
        u("maksym.lysenko"),
        u("sofia.tkachuk"),
      ],
    },
    bridges &&
      berezhany && {
        slug: "bridges-for-schools-berlin-next-bus",
        question: { uk: "Куди передати наступний шкільний автобус?", en: "Where should the next school bus go?" },
        description: {
          uk: "Обираємо разом із донорами кампанії «Автобус до школи». Остаточне рішення ухвалить правління з урахуванням потреб громад.",
          en: "We are choosing together with the donors of the “Bus to School” campaign. The board will decide, taking the communities' needs into account.",
        },
        organizationId: bridges.row.id,
        timeZone: bridges.city.timeZone,
        audience: PollAudience.SIGNED_IN,
        anonymous: true,
        opens: -5,
        closes: 20,
        createdBy: userId(demoAccounts.representative),
        options: [berezhany, ...ternopilOthers].map((p) => ({
          label: { uk: `${p.community.row.shortUk} громада`, en: `${p.community.row.shortEn} hromada` },
        })),
        voters: [u("anna.schneider"), u("jan.nowak"), u("dmytro.hnatiuk")],
      },
  ];
  const specs = wanted.filter((spec) => spec !== undefined);
  return materialise(specs, today, rng);
}

function materialise(specs: PollSpec[], today: Date, rng: Random): DemoPolls {
  const out: DemoPolls = { polls: [], options: [], participations: [], votes: [], tallies: [] };
  for (const spec of specs) {
    const pollId = seedId("poll", spec.slug);
    const opensAt = addDays(today, spec.opens);
    out.polls.push({
      id: pollId,
      slug: spec.slug,
      question: spec.question,
      description: spec.description,
      organizationId: spec.organizationId ?? null,
      communityId: spec.communityId ?? null,
      timeZone: spec.timeZone,
      audience: spec.audience ?? PollAudience.SIGNED_IN,
      isAnonymous: spec.anonymous,
      allowNominations: spec.nominations ?? false,
      resultsVisibility: spec.results ?? PollResultsVisibility.ALWAYS,
      opensAt,
      closesAt: addDays(today, spec.closes),
      isDemo: true,
      status: ModerationStatus.PUBLISHED,
      createdById: spec.createdBy ?? null,
    });
    const optionIds = spec.options.map((option, position) => {
      const id = seedId("poll-option", `${spec.slug}:${position}`);
      out.options.push({
        id,
        pollId,
        label: option.label,
        position,
        nominatedById: option.nominatedBy ?? null,
        isApproved: option.approved ?? true,
      });
      const tally = { optionId: id, pollId, count: 0 };
      out.tallies.push(tally);
      return { id, approved: option.approved ?? true, tally };
    });
    const votable = optionIds.filter((o) => o.approved);
    spec.voters.forEach((voter, i) => {
      const choice = rng.pick(votable);
      // Participation time spreads over the days the poll was open, never in the future.
      const last = Math.min(spec.closes, 0);
      const day = spec.opens + ((i * 3) % Math.max(1, last - spec.opens + 1));
      out.participations.push({ pollId, userId: voter, votedAt: addDays(today, Math.min(day, last)) });
      if (spec.anonymous) choice.tally.count += 1;
      else out.votes.push({ id: seedId("vote", `${spec.slug}:${voter}`), pollId, optionId: choice.id, userId: voter });
    });
  }
  return out;
}
