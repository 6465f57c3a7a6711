"use server";
// Server actions for announcements: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { ownerField as owner } from "@/lib/listing/owner";
import { createAnnouncement, updateAnnouncement } from "./mutations";
import { announcementFormSchema } from "./schema";

const locale = zfd.text(z.enum(["uk", "en"]).catch("uk"));

export const createAnnouncementAction = actionClient
  .metadata({ name: "announcement.create" })
  .inputSchema(async () => announcementFormSchema.and(zfd.formData({ owner, locale })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { owner: announcementOwner, locale: pageLocale, ...form } = parsedInput;
    const result = await createAnnouncement(ctx.viewer, announcementOwner, form);
    ctx.redirect(`/${pageLocale}/announcements/new?submitted=${encodeURIComponent(result.slug)}`);
  });

export const updateAnnouncementAction = actionClient
  .metadata({ name: "announcement.update" })
  .inputSchema(async () => announcementFormSchema.and(zfd.formData({ announcementId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { announcementId, slug, ...form } = parsedInput;
    const result = await updateAnnouncement(ctx.viewer, announcementId, form);
    // A pending change leaves the public pages as they are; the edit page shows what waits.
    if (result.ok && result.message === "editSubmitted") revalidatePath(`/[locale]/announcements/${slug}/edit`, "page");
    else if (result.ok) {
      revalidatePath(`/[locale]/announcements/${slug}`, "page");
      revalidatePath("/[locale]/announcements", "page");
    }
    return result;
  });
