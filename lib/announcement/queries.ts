import "server-only";
// Public reads of announcements: published, not hidden, of a public organiser, newest first.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { lookableSlug } from "@/lib/text/slug";
import { organiserSelect } from "@/lib/event/queries";
import { editedPostSelect } from "@/lib/listing/owner";
import { publicAnnouncementWhere } from "@/lib/listing/public-where";
import { announcementValuesSelect } from "./edit-values";
import { ANNOUNCEMENTS_PAGE_SIZE, type AnnouncementFilters } from "./filters";

/** Published, dated, not hidden, of a public organiser: said once in lib/listing/public-where.ts. */
export { publicAnnouncementWhere };

const announcementSelect = {
  id: true,
  slug: true,
  ...announcementValuesSelect,
  publishedAt: true,
  updatedAt: true,
  isDemo: true,
  organizationId: true,
  communityId: true,
  ...organiserSelect,
} satisfies Prisma.AnnouncementSelect;

export type AnnouncementItem = Prisma.AnnouncementGetPayload<{ select: typeof announcementSelect }>;

const newestFirst = [{ publishedAt: "desc" }, { id: "asc" }] satisfies Prisma.AnnouncementOrderByWithRelationInput[];

export function filterWhere(filters: AnnouncementFilters): Prisma.AnnouncementWhereInput {
  return {
    ...publicAnnouncementWhere,
    ...(filters.sector.length ? { sectors: { hasSome: filters.sector } } : {}),
    ...(filters.organiser === "organization" ? { organizationId: { not: null } } : {}),
    ...(filters.organiser === "community" ? { communityId: { not: null } } : {}),
  };
}

export async function listAnnouncements(filters: AnnouncementFilters) {
  const prisma = await db();
  const where = filterWhere(filters);
  const [items, total] = await Promise.all([
    prisma.announcement.findMany({
      where,
      select: announcementSelect,
      orderBy: newestFirst,
      skip: (filters.page - 1) * ANNOUNCEMENTS_PAGE_SIZE,
      take: ANNOUNCEMENTS_PAGE_SIZE,
    }),
    prisma.announcement.count({ where }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / ANNOUNCEMENTS_PAGE_SIZE)) };
}

/** The newest announcements, for the news feed. */
export async function listNewestAnnouncements(take = 30) {
  const prisma = await db();
  return prisma.announcement.findMany({ where: publicAnnouncementWhere, select: announcementSelect, orderBy: newestFirst, take });
}

/** One organiser's announcements (profile pages). */
export async function listAnnouncementsOf(owner: { organizationId: string } | { communityId: string }, take = 5) {
  const prisma = await db();
  return prisma.announcement.findMany({
    where: { ...publicAnnouncementWhere, ...owner },
    select: announcementSelect,
    orderBy: newestFirst,
    take,
  });
}

export async function getPublicAnnouncement(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.announcement.findFirst({ where: { ...publicAnnouncementWhere, slug }, select: announcementSelect });
}

/** An announcement for its edit form, whatever its status (the page checks the policy). */
export async function getAnnouncementForEdit(slug: string) {
  if (!lookableSlug(slug)) return null;
  const prisma = await db();
  return prisma.announcement.findUnique({
    where: { slug },
    select: { ...editedPostSelect, slug: true, ...announcementValuesSelect },
  });
}
