"use server";
// Server actions for organisations: parse the form, then the mutation authorizes (policy) and
// writes. Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction, moderatorAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { editOrganization, importOrganizations, registerOrganization } from "./mutations";
import { organizationEditFormSchema, organizationImportFormSchema, organizationRegistrationFormSchema } from "./schema";

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

/** A moderator's bulk import: a preview (no writes), or the confirmed import of the previewed file. */
export const importOrganizationsAction = mutationAction(moderatorAction, {
  name: "organization.import",
  schema: organizationImportFormSchema,
  mutation: importOrganizations,
  after: (result) => {
    if (result.ok && result.imported) revalidatePath("/[locale]/organizations", "page");
  },
});
