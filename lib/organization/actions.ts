"use server";
// Server actions for organisations: thin wrappers that parse the form and call the mutation,
// which authorizes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { editOrganization, registerOrganization } from "./mutations";
import { organizationEditSchema, organizationRegistrationSchema } from "./schema";

const locale = zfd.text(z.enum(["uk", "en"]).catch("uk"));

export const registerOrganizationAction = actionClient
  .metadata({ name: "organization.register" })
  .inputSchema(async () => organizationRegistrationSchema.and(zfd.formData({ locale })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await registerOrganization(ctx.viewer, parsedInput);
    if (!result.ok) return result;
    ctx.redirect(`/${parsedInput.locale}/account?registered=${encodeURIComponent(result.slug)}`);
  });

export const editOrganizationAction = actionClient
  .metadata({ name: "organization.edit" })
  .inputSchema(async () => organizationEditSchema.and(zfd.formData({ organizationId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { organizationId, slug, ...edit } = parsedInput;
    const result = await editOrganization(ctx.viewer, organizationId, edit);
    if (result.ok) revalidatePath(`/[locale]/organizations/${slug}`, "page");
    return result;
  });
