"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { UserRole } from "@/generated/prisma/enums";
import { actionClient } from "@/lib/actions/client";
import { setBlocked, setUserRole } from "./mutations";

export const setUserRoleAction = actionClient
  .metadata({ name: "user.setRole" })
  .inputSchema(zfd.formData({ userId: zfd.text(z.string().min(1)), role: zfd.text(z.enum(UserRole)) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await setUserRole(ctx.viewer, parsedInput);
    revalidatePath("/[locale]/admin", "page");
    return result;
  });

export const setBlockedAction = actionClient
  .metadata({ name: "user.setBlocked" })
  .inputSchema(zfd.formData({
    userId: zfd.text(z.string().min(1)),
    decision: zfd.text(z.enum(["block", "unblock"])),
    reason: zfd.text(z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(2000, { error: "tooLong" })),
  }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await setBlocked(ctx.viewer, { userId: parsedInput.userId, block: parsedInput.decision === "block", reason: parsedInput.reason });
    revalidatePath("/[locale]/admin", "page");
    return result;
  });
