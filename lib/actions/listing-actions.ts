import "server-only";
// The create and edit actions of the listings a verified representative or official posts
// (events, announcements, polls): the same steps for each, said once. Create: parse the form,
// the mutation asks the policy and files the listing for a moderator, then back to the form's
// page, which names it. Edit: the mutation asks the policy and writes or files the change, then
// the pages that show it are refreshed.
import { revalidatePath } from "@/lib/cache/revalidate";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import type { ListingOwner } from "@/lib/listing/owner";
import { memberAction } from "./client";

type Refusal = { ok: false; reason: string };

export function listingCreateAction<Output extends { owner: ListingOwner; locale: string }>(spec: {
  name: string;
  /** The path segment of the listing's pages: "events". */
  section: string;
  schema: z.ZodType<Output>;
  create: (viewer: Viewer, owner: ListingOwner, form: Omit<Output, "owner" | "locale">) => Promise<{ ok: true; slug: string } | Refusal>;
}) {
  return memberAction
    .metadata({ name: spec.name })
    .inputSchema(async () => spec.schema)
    .stateAction(async ({ parsedInput: { owner, locale, ...form }, ctx }) => {
      const result = await spec.create(ctx.viewer, owner, form);
      return result.ok ? ctx.redirect(`/${locale}/${spec.section}/new?submitted=${encodeURIComponent(result.slug)}`) : result;
    });
}

export function listingUpdateAction<
  Id extends string,
  Output extends Record<Id | "slug", string>,
  Result extends { ok: true; message: string } | Refusal,
>(spec: {
  name: string;
  section: string;
  /** The form's field naming the listing: "eventId". */
  id: Id;
  schema: z.ZodType<Output>;
  update: (viewer: Viewer, id: string, form: Omit<Output, Id | "slug">) => Promise<Result>;
  /** Whether the section's list shows what an edit changes. */
  listed: boolean;
}) {
  return memberAction
    .metadata({ name: spec.name })
    .inputSchema(async () => spec.schema)
    .stateAction(async ({ parsedInput, ctx }) => {
      const { [spec.id]: id, slug, ...form } = parsedInput;
      const result = await spec.update(ctx.viewer, id, form as Omit<Output, Id | "slug">);
      if (!result.ok) return result;
      // A change that waits for a moderator leaves the public pages as they are; the edit page shows what waits.
      const page = `/[locale]/${spec.section}/${slug}`;
      if (result.message === "editSubmitted") revalidatePath(`${page}/edit`, "page");
      else for (const path of spec.listed ? [page, `/[locale]/${spec.section}`] : [page]) revalidatePath(path, "page");
      return result;
    });
}
