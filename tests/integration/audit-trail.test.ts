// The audit trail as a moderator reads it: each entry names the actor with the capacity they
// acted in (official of a community, representative of an organisation, moderator), says what
// happened in a sentence of the reader's language, and links the listing it is about.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { communityRow, createPeople, officialOf, organizationRow, representativeOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";

// The locale-aware Link needs Next's router; a plain anchor shows the same href.
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
}));

const { AuditEntries } = await import("@/app/[locale]/admin/_components/audit-trail");
const { readAuditTrail } = await import("@/lib/audit/queries");

const { prisma } = fileDatabase();

beforeAll(async () => {
  await prisma.community.createMany({
    data: communityRow({
      id: "community-t",
      slug: "testova-urban",
      katottg: "UA99999999999999999",
      name: { uk: "Тестова громада", en: "Testova hromada" },
      oblastCode: "UA99",
      raionCode: "UA9999",
      centerCode: "UA99999999999999998",
      lat: 49.4,
      lng: 24.9,
    }),
  });
  await prisma.organization.createMany({ data: [organizationRow({ id: "org-b", slug: "bridges", name: { uk: "Мости", en: "Bridges" } })] });
  await createPeople(prisma, [
    { id: "u-official", email: "official@example.org", memberships: [officialOf("community-t")] },
    { id: "u-rep", email: "rep@example.org", memberships: [representativeOf("org-b")] },
    { id: "u-mod", email: "mod@example.org", role: "MODERATOR" },
  ]);
  await prisma.user.update({ where: { id: "u-official" }, data: { name: "Olena" } });
  await prisma.user.update({ where: { id: "u-mod" }, data: { name: "Mark" } });
  await prisma.event.create({
    data: {
      id: "event-1",
      slug: "spring-forum",
      type: "FORUM",
      title: { uk: "Весняний форум", en: "Spring forum" },
      startsAt: new Date("2027-03-28T16:30:00Z"),
      endsAt: new Date("2027-03-28T19:00:00Z"),
      timeZone: "Europe/Berlin",
      organizationId: "org-b",
      status: "PUBLISHED",
    },
  });
  const at = (minute: number) => new Date(Date.UTC(2027, 0, 10, 9, minute));
  await prisma.auditLog.createMany({
    data: [
      {
        at: at(1),
        actorId: "u-official",
        actorRole: "member",
        action: "community.updated",
        targetType: "COMMUNITY",
        targetId: "community-t",
        before: { challenges: { en: "Old" } },
        after: { challenges: { en: "New" }, languages: ["uk"] },
      },
      {
        at: at(2),
        actorId: "u-rep",
        actorRole: "member",
        action: "event.submitted",
        targetType: "EVENT",
        targetId: "event-1",
        after: { slug: "spring-forum" },
      },
      {
        at: at(3),
        actorId: "u-mod",
        actorRole: "moderator",
        action: "event.hidden",
        targetType: "EVENT",
        targetId: "event-1",
        reason: "Spam link",
      },
    ],
  });
});

const tAudit = (locale: "en" | "uk") => createTranslator({ locale, messages: locale === "en" ? en : uk, namespace: "audit" });
const render = async (locale: "en" | "uk") => {
  const { entries } = await readAuditTrail();
  return renderToStaticMarkup(
    createElement(AuditEntries, { entries, locale, tAudit: tAudit(locale), types: (type: string) => type, label: "Audit" }),
  );
};
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"');

describe("the audit trail", () => {
  it("names officials and representatives by what they speak for, not as members", async () => {
    const html = text(await render("en"));
    expect(html).toContain("Olena, official of Testova hromada");
    expect(html).toContain("rep@example.org, representative of Bridges");
    expect(html).toContain("Mark, moderator");
    expect(html).not.toContain("(member)");
  });

  it("says what happened in a sentence with the listing linked to its page", async () => {
    const html = await render("en");
    expect(html).toContain('Hid the event <span><a href="/events/spring-forum">Spring forum</a></span>');
    expect(html).toContain('Edited the community <span><a href="/communities/testova-urban">Testova hromada</a></span>');
    expect(text(html)).toMatch(/Changed: (Challenges, Languages|Languages, Challenges)/);
    expect(text(html)).toContain("Reason: Spam link");
    expect(html).not.toContain("event-1");
    expect(html).not.toContain("event.hidden");
  });

  it("reads in Ukrainian on the Ukrainian page, the time with its zone named", async () => {
    const html = await render("uk");
    expect(html).toContain('Приховано подію <span><a href="/events/spring-forum">Весняний форум</a></span>');
    expect(text(html)).toContain("Olena, посадова особа громади «Тестова громада»");
    expect(text(html)).toMatch(/Змінено: (Виклики, Мови|Мови, Виклики)/);
    expect(text(html)).toContain("10 січня 2027 р., 11:03 (за часом Києва)");
  });

  it("reads the names of a page's listings in one query per kind, not one per entry", async () => {
    const { db } = await import("@/lib/db/client");
    const client = await db();
    const spy = vi.spyOn(client.event, "findMany");
    await readAuditTrail();
    // Two entries are about events: one read.
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
