// The announcements list's filters, parsed once from the URL for the page and the news feed.
import { z } from "zod";
import { Sector } from "@/generated/prisma/enums";

export const ANNOUNCEMENTS_PAGE_SIZE = 20;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function values(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, 40);
}

const sectorList = z.array(z.string()).transform((list) => [...new Set(list.filter((value): value is Sector => value in Sector))]);

export const announcementFiltersSchema = z.object({
  sector: sectorList,
  /** Posted by organisations, by communities, or both (null). */
  organiser: z.enum(["organization", "community"]).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export type AnnouncementFilters = z.output<typeof announcementFiltersSchema>;

export function parseAnnouncementFilters(params: RawParams): AnnouncementFilters {
  return announcementFiltersSchema.parse({
    sector: values(params, "sector"),
    organiser: values(params, "organiser")[0] ?? null,
    page: values(params, "page")[0] ?? 1,
  });
}
