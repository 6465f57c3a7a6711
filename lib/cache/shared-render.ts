// Whether this render is the shared copy of a public page (app/[locale]/cached/page/…), made
// once for every visitor. Such a render must read nothing of the request: no session (the
// viewer is a visitor, so no "Edit" link, no ballot of one person) and no `connection()`, which
// would make Next give up caching the page. React's `cache` scopes the flag to one render, so a
// page rendered per request never sees it set.
import { connection } from "next/server";
import { cache } from "react";

const flag = cache(() => ({ shared: false }));

/** Called first by the cached route's page and metadata, before the public page renders. */
export function beginSharedRender(): void {
  flag().shared = true;
}

export function isSharedRender(): boolean {
  return flag().shared;
}

/** `connection()`: render per request, unless this is the shared copy (which Next caches). */
export async function perRequest(): Promise<void> {
  if (!isSharedRender()) await connection();
}
