import "server-only";
// revalidatePath, and the page cache's tags of the same path bumped (lib/cache/tags.ts). Server
// actions call this after their write has committed: Next refreshes what it caches by route
// (the client's router cache), and the proxy's keys for visitors' cached pages move on, here and,
// through the broadcast, on other instances (docs/decisions/0019-page-cache-with-tags.md).
import { revalidatePath as nextRevalidatePath } from "next/cache";
import { markListingsChanged } from "./listings-version";
import { tagsOfPath } from "./tags";

export function revalidatePath(path: string, type?: "layout" | "page"): void {
  nextRevalidatePath(path, type);
  const tags = tagsOfPath(path);
  if (tags.length > 0) markListingsChanged(tags);
}
