// Patterns for paths that start with a language (/uk, /en, /de…), built from the one list of
// locales so a language added there is recognised everywhere at once.
import { localeAlternation } from "./localized-text";

/** "/de" or "/de/…" at the start of a path; the rest (or nothing) follows. */
export const localePrefix = new RegExp(`^/(${localeAlternation})(?=/|$)`);

/** A same-site page to return to after signing in: a locale, then plain path characters only. */
export const localNextPath = new RegExp(`^/(${localeAlternation})(/[\\w\\-/]*)?$`);

/** A page path with its locale ("/de", "/de/…", "/de?…"): what the database-outage page answers. */
export const localePagePath = new RegExp(`^/(${localeAlternation})(/|\\?|$)`);
