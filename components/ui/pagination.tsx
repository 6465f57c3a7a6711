import { Link } from "@/lib/i18n/navigation";

type Query = Record<string, string | string[] | undefined>;

export interface PaginationLabels {
  /** Names the navigation landmark, e.g. "Pages". */
  label: string;
  previous: string;
  next: string;
  /** Already formatted, e.g. "Page 3 of 74". */
  pageOf: string;
}

/** The first, the last and a window around the current page; null marks a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push(null);
    out.push(p);
  });
  return out;
}

const boxClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 font-medium no-underline";
const linkClass = `${boxClass} border-line bg-surface hover:border-brand`;

/**
 * Page links built from the current query, so filters survive paging. Plain links: works
 * without JavaScript, and every page has a shareable URL.
 */
export function Pagination({
  pathname,
  query,
  page,
  pageCount,
  labels,
}: {
  pathname: string;
  query: Query;
  page: number;
  pageCount: number;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const hrefFor = (target: number) => {
    const params: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(query)) if (value && key !== "page") params[key] = value;
    if (target > 1) params.page = String(target);
    return { pathname, query: params };
  };
  return (
    <nav aria-label={labels.label} className="mt-8 flex flex-col items-center gap-3">
      {page <= pageCount && <p className="text-sm text-muted">{labels.pageOf}</p>}
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
              <span aria-hidden="true">←&nbsp;</span>
              {labels.previous}
            </Link>
          </li>
        )}
        {pageWindow(Math.min(page, pageCount), pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="hidden px-1 text-muted sm:block">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              {p === page ? (
                <span aria-current="page" className={`${boxClass} border-brand bg-brand text-white`}>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={linkClass}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              {labels.next}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
