"use server";
// Server actions for organisations: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { editOrganization, registerOrganization } from "./mutations";
import { organizationEditFormSchema, organizationRegistrationFormSchema } from "./schema";

export const registerOrganizationAction = mutationAction(memberAction, {
  name: "organization.register",
  schema: organizationRegistrationFormSchema,
  mutation: registerOrganization,
  after: (result, { locale }, redirect) => {
    if (result.ok) redirect(`/${locale}/account?registered=${encodeURIComponent(result.slug)}`);
  },
});

export const editOrganizationAction = mutationAction(memberAction, {
  name: "organization.edit",
  schema: organizationEditFormSchema,
  mutation: (viewer, { organizationId, ...edit }) => editOrganization(viewer, organizationId, edit),
  after: (result, { slug }) => {
    if (result.ok) revalidatePath(`/[locale]/organizations/${slug}`, "page");
  },
});
