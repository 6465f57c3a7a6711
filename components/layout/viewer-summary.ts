// /api/v1/viewer's answer as the header reads it (account-links.tsx).

export interface ViewerSummary {
  signedIn: boolean;
  moderator: boolean;
  /** Unread notices; a server that does not count them leaves it out. */
  unread?: unknown;
}

/** The unread count to show on the account link: a whole number above 0, else 0 (nothing shown). */
export function unreadCount(viewer: ViewerSummary | null): number {
  const unread = viewer?.signedIn ? viewer.unread : 0;
  return typeof unread === "number" && Number.isFinite(unread) && unread >= 1 ? Math.floor(unread) : 0;
}
