// Demo announcements (Markdown bodies in both languages) by organisations and communities.
import type { Prisma } from "../../../generated/prisma/client";
import { ModerationStatus, NeedStatus, OrganizationKind, Sector } from "../../../generated/prisma/enums";
import { seedId } from "../util";
import { addDays, formatCount, rngFor } from "./common";
import { BEREZHANY_KATOTTG, communityNames, type DemoCommunityProfile } from "./communities";
import type { DemoNeed } from "./needs";
import { keyOrganizationSlugs, type DemoOrganization } from "./organizations";
import { demoAccounts, userId } from "./people";
import { languageNames, sectorVocabulary, type Text } from "./vocabulary";

export type DemoAnnouncement = Prisma.AnnouncementCreateManyInput & { id: string; slug: string };

interface Draft {
  key: string;
  title: Text;
  body: Text;
  sectors: Sector[];
}

type OrgTemplate = (org: DemoOrganization, n: number) => Draft;

const orgTemplates: { kinds: OrganizationKind[] | "any"; build: OrgTemplate }[] = [
  {
    kinds: [OrganizationKind.DONOR_AGENCY, OrganizationKind.NETWORK],
    build: (org, n) => ({
      key: "grant-call",
      title: { uk: "Відкрито прийом заявок на гранти для громад", en: "Grant applications from communities are open" },
      body: {
        uk: `## Новий конкурс\n\n${org.name.uk} приймає заявки від громад і громадських організацій на проєкти відбудови.\n\n- Сума гранту: до **${formatCount(n * 5_000).uk} євро**\n- Співфінансування громади: від 10 %\n- Мови заявки: українська або англійська\n\nЗаявки приймаємо протягом шести тижнів. Запитання надсилайте на пошту організації.`,
        en: `## A new grant round\n\n${org.name.en} invites communities and civil-society organisations to apply for rebuilding projects.\n\n- Grant size: up to **EUR ${formatCount(n * 5_000).en}**\n- Community co-funding: at least 10%\n- Application language: Ukrainian or English\n\nApplications are open for six weeks. Send questions to our email address.`,
      },
      sectors: org.row.sectors.slice(0, 2),
    }),
  },
  {
    kinds: [OrganizationKind.DIASPORA_ASSOCIATION],
    build: (org, n) => ({
      key: "fair-results",
      title: { uk: "Підсумки благодійного ярмарку", en: "Our charity fair: the results" },
      body: {
        uk: `Дякуємо всім, хто прийшов на ярмарок ${org.city.ukLocative}! Разом ми зібрали **${formatCount(n * 700).uk} ${org.row.budgetCurrency ?? "EUR"}**.\n\nКошти спрямуємо на напрям «${sectorVocabulary[org.row.sectors[0] ?? Sector.HUMANITARIAN_AID].label.uk}». Звіт про використання опублікуємо тут.`,
        en: `Thank you to everyone who came to our fair in ${org.city.en}! Together we raised **${org.row.budgetCurrency ?? "EUR"} ${formatCount(n * 700).en}**.\n\nThe money goes to our work on ${sectorVocabulary[org.row.sectors[0] ?? Sector.HUMANITARIAN_AID].label.en.toLowerCase()}. We will publish a report on how it was spent here.`,
      },
      sectors: org.row.sectors.slice(0, 1),
    }),
  },
  {
    kinds: "any",
    build: (org) => {
      const host = org.row.languages.find((l) => l !== "uk") ?? "en";
      const lang = languageNames[host] ?? { uk: "англійською", en: "English" };
      return {
        key: "volunteers-wanted",
        title: { uk: "Шукаємо волонтерів", en: "Volunteers wanted" },
        body: {
          uk: `Нам потрібні люди, які говорять українською та ${lang.uk}, щоб:\n\n- перекладати листування з громадами;\n- допомагати на заходах;\n- супроводжувати делегації.\n\nДосвід не обов'язковий — усьому навчимо. Напишіть нам кілька слів про себе.`,
          en: `We need people who speak Ukrainian and ${lang.en} to:\n\n- translate letters to and from communities;\n- help at our events;\n- accompany delegations.\n\nNo experience needed: we will show you everything. Write us a few words about yourself.`,
        },
        sectors: org.row.sectors.slice(0, 1),
      };
    },
  },
  {
    kinds: [OrganizationKind.CIVIL_SOCIETY, OrganizationKind.FOREIGN_MUNICIPALITY, OrganizationKind.BUSINESS],
    build: (org) => ({
      key: "year-in-review",
      title: { uk: "Наш рік: що ми зробили разом", en: "Our year in review" },
      body: {
        uk: `### Головне за рік\n\nУпродовж року ми працювали в напрямах: ${org.row.sectors.map((s) => sectorVocabulary[s].label.uk.toLowerCase()).join(", ")}.\n\n1. Налагодили партнерства з новими громадами.\n2. Провели зустрічі з донорами та місцевою владою.\n3. Опублікували фінансовий звіт.\n\nДякуємо партнерам і волонтерам!`,
        en: `### The year's highlights\n\nThis year we worked on: ${org.row.sectors.map((s) => sectorVocabulary[s].label.en.toLowerCase()).join(", ")}.\n\n1. We started partnerships with new communities.\n2. We met donors and local government.\n3. We published our financial report.\n\nThank you to our partners and volunteers!`,
      },
      sectors: org.row.sectors.slice(0, 2),
    }),
  },
  {
    kinds: [OrganizationKind.MEDIA, OrganizationKind.ACADEMIC, OrganizationKind.PLATFORM],
    build: () => ({
      key: "new-publication",
      title: {
        uk: "Нова публікація: як громади шукають партнерів за кордоном",
        en: "New publication: how communities look for partners abroad",
      },
      body: {
        uk: `Ми поговорили з посадовцями громад про те, що допомагає знайти партнера: **англомовна інформація про громаду**, чіткі цілі, конкретні проєкти з орієнтовною вартістю та люди, які говорять мовою партнера.\n\nПовний текст — на нашому сайті.`,
        en: `We talked to community officials about what helps them find a partner: **information about the community in English**, clear goals, concrete projects with an approximate cost, and people who speak the partner's language.\n\nRead the full text on our website.`,
      },
      sectors: [Sector.CIVIL_SOCIETY_GOVERNANCE],
    }),
  },
];

export function buildAnnouncements(
  orgs: readonly DemoOrganization[],
  profiles: readonly DemoCommunityProfile[],
  needs: readonly DemoNeed[],
  today: Date,
): DemoAnnouncement[] {
  const rng = rngFor("announcements");
  const out: DemoAnnouncement[] = [];
  const published = orgs.filter((o) => o.row.status === ModerationStatus.PUBLISHED);
  const bridges = orgs.find((o) => o.row.slug === keyOrganizationSlugs.berlinRepresentative);

  if (bridges) {
    out.push({
      id: seedId("announcement", "bridges-for-schools-berlin-school-buses-campaign"),
      slug: "bridges-for-schools-berlin-school-buses-campaign",
      title: { uk: "Кампанія «Автобус до школи»: збираємо на три автобуси", en: "“Bus to School” campaign: raising funds for three buses" },
      body: {
        uk: "## Автобус до школи\n\nЦього року ми хочемо передати **три шкільні автобуси** громадам Тернопільщини та Львівщини.\n\n- Вживаний автобус із підготовкою: близько 45 000 євро\n- Доставка та оформлення: близько 3 000 євро\n\nДопомогти можна внеском, контактом у муніципалітеті, який списує автобус, або волонтерством на маршруті Берлін — Тернопіль.",
        en: "## Bus to School\n\nThis year we want to hand over **three school buses** to communities in the Ternopil and Lviv regions.\n\n- A used bus, serviced: about EUR 45,000\n- Delivery and paperwork: about EUR 3,000\n\nYou can help with a donation, a contact at a municipality retiring a bus, or by volunteering on the Berlin–Ternopil run.",
      },
      organizationId: bridges.row.id,
      sectors: [Sector.SPECIAL_VEHICLES, Sector.EDUCATION_YOUTH],
      publishedAt: addDays(today, -6),
      isDemo: true,
      status: ModerationStatus.PUBLISHED,
      createdById: userId(demoAccounts.representative),
    });
  }

  const authors = rng.sample(
    published.filter((o) => o !== bridges),
    40,
  );
  let made = 0;
  for (const org of authors) {
    if (made >= 17) break;
    const options = orgTemplates.filter((t) => t.kinds === "any" || t.kinds.includes(org.row.kind));
    const draft = rng.pick(options).build(org, rng.int(2, 12));
    const slug = `${org.row.slug}-${draft.key}`;
    if (out.some((a) => a.slug === slug)) continue;
    made++;
    out.push({
      id: seedId("announcement", slug),
      slug,
      title: draft.title,
      body: draft.body,
      organizationId: org.row.id,
      sectors: draft.sectors,
      publishedAt: addDays(today, -rng.int(1, 240)),
      isDemo: true,
      status: made === 5 ? ModerationStatus.PENDING : ModerationStatus.PUBLISHED,
    });
  }

  // Communities: calls for partners on open needs, thanks for met ones.
  const communityPosts = [
    ...needs
      .filter(
        (n) =>
          n.row.needStatus === NeedStatus.OPEN &&
          n.row.status === ModerationStatus.PUBLISHED &&
          n.community.row.katottg === BEREZHANY_KATOTTG,
      )
      .slice(0, 1),
    ...rng.sample(
      needs.filter(
        (n) =>
          n.row.needStatus === NeedStatus.OPEN &&
          n.row.status === ModerationStatus.PUBLISHED &&
          n.community.row.katottg !== BEREZHANY_KATOTTG,
      ),
      4,
    ),
    ...rng.sample(
      needs.filter((n) => n.row.needStatus === NeedStatus.MET),
      3,
    ),
  ];
  for (const need of communityPosts) {
    const names = communityNames(need.community.row);
    const title = need.template.title;
    const met = need.row.needStatus === NeedStatus.MET;
    const slug = `${need.row.slug}-${met ? "thanks" : "call-for-partners"}`;
    out.push({
      id: seedId("announcement", slug),
      slug,
      title: met
        ? {
            uk: `Дякуємо партнерам: ${title.uk.charAt(0).toLocaleLowerCase("uk")}${title.uk.slice(1)} — виконано`,
            en: `Thank you, partners: ${title.en.charAt(0).toLowerCase()}${title.en.slice(1)} — done`,
          }
        : {
            uk: `Шукаємо партнерів: ${title.uk.charAt(0).toLocaleLowerCase("uk")}${title.uk.slice(1)}`,
            en: `Looking for partners: ${title.en.charAt(0).toLowerCase()}${title.en.slice(1)}`,
          },
      body: met
        ? {
            uk: `${names.uk} дякує партнерам, завдяки яким потребу закрито.\n\n> ${need.template.description.uk}\n\nФотозвіт і фінансовий звіт — на сторінці громади.`,
            en: `${names.en} thanks the partners who made this happen.\n\n> ${need.template.description.en}\n\nPhotos and a financial report are on the community's page.`,
          }
        : {
            uk: `${names.uk} шукає партнерів.\n\n> ${need.template.description.uk}\n\n**Якщо ваша організація може допомогти — запропонуйте партнерство на сторінці потреби.**`,
            en: `${names.en} is looking for partners.\n\n> ${need.template.description.en}\n\n**If your organisation can help, propose a partnership on the need's page.**`,
          },
      communityId: need.community.id,
      sectors: [need.row.sector],
      publishedAt: addDays(today, -rng.int(1, 120)),
      isDemo: true,
      status: ModerationStatus.PUBLISHED,
    });
  }
  const profiled = profiles.find((p) => p.community.row.katottg !== BEREZHANY_KATOTTG && p.verified);
  if (profiled) {
    const names = communityNames(profiled.community.row);
    const slug = `${profiled.community.slug}-english-profile-updated`;
    out.push({
      id: seedId("announcement", slug),
      slug,
      title: { uk: "Оновили профіль громади англійською", en: "Our community profile is now in English" },
      body: {
        uk: `${names.uk} оновила профіль: тепер англійською доступні опис громади, виклики, переваги та перелік потреб з орієнтовною вартістю.`,
        en: `${names.en} has updated its profile: the description, challenges, strengths and a list of needs with approximate costs are now available in English.`,
      },
      communityId: profiled.community.id,
      sectors: [Sector.CIVIL_SOCIETY_GOVERNANCE],
      publishedAt: addDays(today, -rng.int(1, 60)),
      isDemo: true,
      status: ModerationStatus.PUBLISHED,
    });
  }
  return out;
}
