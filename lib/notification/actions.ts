"use server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/client";
import { mutationAction } from "@/lib/actions/mutation-action";
import { markAllNoticesRead, markNoticeRead } from "./mutations";
import { markAllNoticesReadSchema, markNoticeReadSchema } from "./schema";

// The list and /account both show what is unread.
const after = () => revalidatePath("/[locale]/account", "layout");

export const markNoticeReadAction = mutationAction(memberAction, {
  name: "notifications.markRead",
  schema: markNoticeReadSchema,
  mutation: markNoticeRead,
  after,
});

export const markAllNoticesReadAction = mutationAction(memberAction, {
  name: "notifications.markAllRead",
  schema: markAllNoticesReadSchema,
  mutation: (viewer) => markAllNoticesRead(viewer),
  after,
});
