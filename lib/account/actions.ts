"use server";
import { redirect } from "next/navigation";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { signOut } from "@/lib/auth/next-auth";
import { deleteAccount, updatePreferences } from "./mutations";
import { deleteAccountSchema, preferencesSchema } from "./schema";

export const updatePreferencesAction = mutationAction(memberAction, {
  name: "account.preferences",
  schema: preferencesSchema,
  mutation: updatePreferences,
});

export const deleteAccountAction = memberAction
  .metadata({ name: "account.delete" })
  .inputSchema(deleteAccountSchema)
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await deleteAccount(ctx.viewer);
    if (!result.ok) return result;
    await signOut({ redirect: false }).catch(() => undefined); // the session row is already gone
    redirect(`/${parsedInput.locale}`);
  });
