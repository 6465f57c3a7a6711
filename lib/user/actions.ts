"use server";
// Server actions for platform accounts: parse the form, then the mutation authorizes (policy)
// and writes. Both change what the admin page lists about people.
import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { setBlocked, setUserRole } from "./mutations";
import { blockSchema, roleChangeSchema } from "./schema";

const after = () => revalidatePath("/[locale]/admin", "page");

export const setUserRoleAction = mutationAction(moderatorAction, {
  name: "user.setRole",
  schema: roleChangeSchema,
  mutation: setUserRole,
  after,
});

export const setBlockedAction = mutationAction(moderatorAction, {
  name: "user.setBlocked",
  schema: blockSchema,
  mutation: setBlocked,
  after,
});
