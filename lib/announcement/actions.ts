"use server";
// Server actions for announcements (lib/actions/listing-actions.ts): the mutation authorizes
// (policy) and writes. Registered in the authorization matrix (tests/integration/authorization).
import { listingCreateAction, listingUpdateAction } from "@/lib/actions/listing-actions";
import { createAnnouncement, updateAnnouncement } from "./mutations";
import { announcementCreateSchema, announcementUpdateSchema } from "./schema";

export const createAnnouncementAction = listingCreateAction({
  name: "announcement.create",
  section: "announcements",
  schema: announcementCreateSchema,
  create: createAnnouncement,
});

export const updateAnnouncementAction = listingUpdateAction({
  name: "announcement.update",
  section: "announcements",
  id: "announcementId",
  schema: announcementUpdateSchema,
  update: updateAnnouncement,
  listed: true,
});
