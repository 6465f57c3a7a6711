"use server";
// Server actions for events: parse the form, then the mutation authorizes (policy) and writes.
// Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { createEvent, updateEvent, type EventOwner } from "./mutations";
import { eventFormSchema } from "./schema";

const locale = zfd.text(z.enum(["uk", "en"]).catch("uk"));
/** "organization:<id>" or "community:<id>": one select in the form. */
const owner = zfd.text(
  z.string({ error: "required" }).regex(/^(organization|community):[\w-]{1,64}$/, { error: "invalid" }).transform((value): EventOwner => {
    const [kind, id] = value.split(":") as ["organization" | "community", string];
    return kind === "organization" ? { organizationId: id, communityId: null } : { organizationId: null, communityId: id };
  }),
);

export const createEventAction = actionClient
  .metadata({ name: "event.create" })
  .inputSchema(async () => eventFormSchema.and(zfd.formData({ owner, locale })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { owner: eventOwner, locale: pageLocale, ...form } = parsedInput;
    const result = await createEvent(ctx.viewer, eventOwner, form);
    if (!result.ok) return result;
    redirect(`/${pageLocale}/events/new?submitted=${encodeURIComponent(result.slug)}`);
  });

export const updateEventAction = actionClient
  .metadata({ name: "event.update" })
  .inputSchema(async () => eventFormSchema.and(zfd.formData({ eventId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { eventId, slug, ...form } = parsedInput;
    const result = await updateEvent(ctx.viewer, eventId, form);
    if (result.ok) revalidatePath(`/[locale]/events/${slug}`, "page");
    return result;
  });
