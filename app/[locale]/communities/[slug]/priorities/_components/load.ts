// The community a priorities page belongs to, read once per request (metadata and page), and
// whether the viewer runs its rounds (its officials, and moderators who correct any).
import { publicRead } from "@/components/listing/detail-page";
import { can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { getCommunityBySlug } from "@/lib/community/queries";

export const loadCommunity = publicRead(getCommunityBySlug);

export function roundRights(viewer: Viewer | null, communityId: string) {
  return {
    manage: can(viewer, "update", "PriorityRound", { communityId }),
    open: can(viewer, "create", "PriorityRound", { communityId }),
  };
}
