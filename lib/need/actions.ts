"use server";
// Server actions for needs: parse the form, then the mutation authorizes (policy) and writes.
// Registered in the authorization matrix (tests/integration/authorization).
import { revalidatePath } from "@/lib/cache/revalidate";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { createNeed, updateNeed, withdrawNeed } from "./mutations";
import { needCreateFormSchema, needEditFormSchema } from "./schema";
import { needWithdrawalFormSchema } from "./withdraw-schema";

/** The profile lists open needs; the needs list, matches and the workspace all move with a status. */
function refreshNeedPages(communitySlug: string) {
  revalidatePath(`/[locale]/communities/${communitySlug}`, "layout");
  revalidatePath("/[locale]/needs", "page");
}

export const createNeedAction = mutationAction(memberAction, {
  name: "need.create",
  schema: needCreateFormSchema,
  mutation: createNeed,
  after: (result, { locale, communitySlug }, redirect) => {
    if (result.ok) redirect(`/${locale}/communities/${communitySlug}/matches`);
  },
});

export const updateNeedAction = mutationAction(memberAction, {
  name: "need.update",
  schema: needEditFormSchema,
  mutation: updateNeed,
  after: (result, { communitySlug }) => {
    if (result.ok) refreshNeedPages(communitySlug);
  },
});

export const withdrawNeedAction = mutationAction(memberAction, {
  name: "need.withdraw",
  schema: needWithdrawalFormSchema,
  mutation: withdrawNeed,
  after: (result, { communitySlug }) => {
    if (result.ok) refreshNeedPages(communitySlug);
  },
});
