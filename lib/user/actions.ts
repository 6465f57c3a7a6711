"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { zfd } from "zod-form-data";
import { UserRole } from "@/generated/prisma/enums";
import { actionClient } from "@/lib/actions/client";
import { setUserRole } from "./mutations";

export const setUserRoleAction = actionClient
  .metadata({ name: "user.setRole" })
  .inputSchema(zfd.formData({ userId: zfd.text(z.string().min(1)), role: zfd.text(z.enum(UserRole)) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const result = await setUserRole(ctx.viewer, parsedInput);
    revalidatePath("/[locale]/admin", "page");
    return result;
  });
