// The orders a directory search (organisations, communities) can be sorted in.

export const sortOrders = ["relevance", "name", "updated"] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Relevance needs words to rank by; without them, names A–Z. */
export const defaultSortOrder = (q: string): SortOrder => (q ? "relevance" : "name");

/** The sort as a URL value: null (left out of links) when it is the default for the query. */
export const sortInUrl = ({ q, sort }: { q: string; sort: SortOrder }): SortOrder | null => (sort === defaultSortOrder(q) ? null : sort);
