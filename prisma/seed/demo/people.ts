// Demo people: one account per role (PRODUCT.md "Who uses it") plus a few members who vote,
// claim roles and report listings. Every address is on the reserved .example domain.
import type { Prisma } from "../../../generated/prisma/client";
import { UserRole } from "../../../generated/prisma/enums";
import { seedId } from "../util";
import { addDays } from "./common";

export const demoAccounts = {
  admin: "admin@demo.example",
  moderator: "moderator@demo.example",
  official: "official@demo.example",
  representative: "representative@demo.example",
  member: "member@demo.example",
} as const;

export type DemoUserRow = Prisma.UserCreateManyInput & { id: string; email: string };

const people: { email: string; name: string; role: UserRole; locale: string }[] = [
  { email: demoAccounts.admin, name: "Оксана Демченко", role: UserRole.ADMIN, locale: "uk" },
  { email: demoAccounts.moderator, name: "Тарас Бондар", role: UserRole.MODERATOR, locale: "uk" },
  { email: demoAccounts.official, name: "Ірина Савчук", role: UserRole.MEMBER, locale: "uk" },
  { email: demoAccounts.representative, name: "Андрій Мельник", role: UserRole.MEMBER, locale: "uk" },
  { email: demoAccounts.member, name: "Марія Коваленко", role: UserRole.MEMBER, locale: "en" },
  // Voters, claimants and reporters
  { email: "olena.kravets@demo.example", name: "Олена Кравець", role: UserRole.MEMBER, locale: "uk" },
  { email: "petro.shevchuk@demo.example", name: "Петро Шевчук", role: UserRole.MEMBER, locale: "uk" },
  { email: "anna.schneider@demo.example", name: "Anna Schneider", role: UserRole.MEMBER, locale: "en" },
  { email: "yulia.bondarenko@demo.example", name: "Юлія Бондаренко", role: UserRole.MEMBER, locale: "uk" },
  { email: "maksym.lysenko@demo.example", name: "Максим Лисенко", role: UserRole.MEMBER, locale: "uk" },
  { email: "sofia.tkachuk@demo.example", name: "Софія Ткачук", role: UserRole.MEMBER, locale: "uk" },
  { email: "dmytro.hnatiuk@demo.example", name: "Дмитро Гнатюк", role: UserRole.MEMBER, locale: "en" },
  { email: "kateryna.oliinyk@demo.example", name: "Катерина Олійник", role: UserRole.MEMBER, locale: "uk" },
  { email: "jan.nowak@demo.example", name: "Jan Nowak", role: UserRole.MEMBER, locale: "en" },
];

export function buildUsers(today: Date): DemoUserRow[] {
  return people.map((p, i) => ({
    id: seedId("user", p.email),
    email: p.email,
    name: p.name,
    role: p.role,
    locale: p.locale,
    emailVerified: addDays(today, -90 + i),
    isDemo: true,
  }));
}

export function userId(email: string): string {
  return seedId("user", email);
}

/** The members who are not one of the five role accounts. */
export const extraMemberEmails = people.slice(5).map((p) => p.email);
