"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { actionClient } from "@/lib/actions/client";
import { signOut } from "@/lib/auth/next-auth";
import { deleteAccount, updatePreferences } from "./mutations";

export const updatePreferencesAction = actionClient
  .metadata({ name: "account.preferences" })
  .inputSchema(zfd.formData({
    name: zfd.text(z.string().trim().max(120, { error: "tooLong" }).optional()),
    locale: zfd.text(z.enum(["uk", "en"])),
    notifyByEmail: zfd.checkbox(),
  }))
  .stateAction(async ({ parsedInput, ctx }) => updatePreferences(ctx.viewer, parsedInput));

export const deleteAccountAction = actionClient
  .metadata({ name: "account.delete" })
  .inputSchema(zfd.formData({
    confirm: zfd.text(z.literal("DELETE", { error: "invalid" })),
    locale: zfd.text(z.enum(["uk", "en"]).catch("uk")),
  }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await deleteAccount(ctx.viewer);
    if (!result.ok) return result;
    await signOut({ redirect: false }).catch(() => undefined); // the session row is already gone
    redirect(`/${parsedInput.locale}`);
  });
