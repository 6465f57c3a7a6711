// Who a post belongs to: an organisation or a community, never both. Events, announcements and
// polls are created from one select whose values are "organization:<id>" or "community:<id>".
import { z } from "zod";
import { zfd } from "zod-form-data";

export type ListingOwner = { organizationId: string; communityId: null } | { organizationId: null; communityId: string };

/** The owner select of the create forms, parsed into the two columns. */
export const ownerField = zfd.text(
  z
    .string({ error: "required" })
    .regex(/^(organization|community):[\w-]{1,64}$/, { error: "invalid" })
    .transform((value): ListingOwner => {
      const [kind, id] = value.split(":") as ["organization" | "community", string];
      return kind === "organization" ? { organizationId: id, communityId: null } : { organizationId: null, communityId: id };
    }),
);

/** What an edit reads of a post besides its form's columns: whose it is and whether it is public yet. */
export const editedPostSelect = { id: true, organizationId: true, communityId: true, status: true } as const;

/** A post's owner as the policy's subject; a missing post has none, so only moderators get past to hear NOT_FOUND. */
export function ownerSubject(post: { organizationId: string | null; communityId: string | null } | null | undefined) {
  return { organizationId: post?.organizationId ?? null, communityId: post?.communityId ?? null };
}
