"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * A header disclosure: the site menu on small screens, "More" in the desktop row. A native
 * <details>, so it opens and closes without JavaScript and by keyboard (Enter/Space on the
 * summary). The script closes it after a client-side navigation (the page behind it has
 * changed), on Escape (focus back on the summary) and on a click elsewhere.
 */
export function HeaderDisclosure({
  summary,
  children,
  className = "",
  summaryClassName,
  panelClassName,
  id,
}: {
  summary: ReactNode;
  id?: string;
  children: ReactNode;
  className?: string;
  summaryClassName: string;
  panelClassName: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener("click", closeOutside);
    return () => document.removeEventListener("click", closeOutside);
  }, []);
  return (
    <details
      id={id}
      ref={ref}
      className={`group ${className}`}
      onKeyDown={(event) => {
        const details = ref.current;
        if (event.key !== "Escape" || !details?.open) return;
        details.open = false;
        details.querySelector("summary")?.focus();
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      <div className={panelClassName}>{children}</div>
    </details>
  );
}

/** The site menu below the desktop row's breakpoint: every section and the account links. */
export function MobileMenu({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    <HeaderDisclosure
      id="site-menu"
      className={className}
      summaryClassName="flex min-h-11 list-none items-center gap-2 rounded-md border border-line bg-surface px-3 font-medium text-ink hover:border-brand"
      panelClassName="absolute inset-x-0 top-full z-20 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-surface px-4 py-3 shadow-lg"
      summary={
        <>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
            <path className="group-open:hidden" d="M3 5h14M3 10h14M3 15h14" />
            <path className="hidden group-open:block" d="M5 5l10 10M15 5L5 15" />
          </svg>
          {label}
        </>
      }
    >
      {children}
    </HeaderDisclosure>
  );
}
