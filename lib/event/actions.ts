"use server";
// Server actions for events: parse the form, then the mutation authorizes (policy) and writes.
// Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { ownerField as owner } from "@/lib/listing/owner";
import { createEvent, updateEvent } from "./mutations";
import { eventFormSchema } from "./schema";

const locale = zfd.text(z.enum(["uk", "en"]).catch("uk"));

export const createEventAction = actionClient
  .metadata({ name: "event.create" })
  .inputSchema(async () => eventFormSchema.and(zfd.formData({ owner, locale })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { owner: eventOwner, locale: pageLocale, ...form } = parsedInput;
    const result = await createEvent(ctx.viewer, eventOwner, form);
    if (!result.ok) return result;
    ctx.redirect(`/${pageLocale}/events/new?submitted=${encodeURIComponent(result.slug)}`);
  });

export const updateEventAction = actionClient
  .metadata({ name: "event.update" })
  .inputSchema(async () => eventFormSchema.and(zfd.formData({ eventId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { eventId, slug, ...form } = parsedInput;
    const result = await updateEvent(ctx.viewer, eventId, form);
    // A pending change leaves the public page as it is; the edit page shows what waits.
    if (result.ok) revalidatePath(`/[locale]/events/${slug}${result.message === "editSubmitted" ? "/edit" : ""}`, "page");
    return result;
  });
