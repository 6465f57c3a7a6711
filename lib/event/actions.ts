"use server";
// Server actions for events (lib/actions/listing-actions.ts): the mutation authorizes (policy)
// and writes. Registered in the authorization matrix (tests/integration/authorization).
import { listingCreateAction, listingUpdateAction } from "@/lib/actions/listing-actions";
import { createEvent, updateEvent } from "./mutations";
import { eventCreateSchema, eventUpdateSchema } from "./schema";

export const createEventAction = listingCreateAction({
  name: "event.create",
  section: "events",
  schema: eventCreateSchema,
  create: createEvent,
});

export const updateEventAction = listingUpdateAction({
  name: "event.update",
  section: "events",
  id: "eventId",
  schema: eventUpdateSchema,
  update: updateEvent,
  listed: false,
});
