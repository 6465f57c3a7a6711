"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * A disclosure for small screens. A native <details>, so it opens and closes without
 * JavaScript and by keyboard (Enter/Space on the summary); the script only closes it after a
 * client-side navigation, when the page behind it has changed.
 */
export function MobileMenu({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className={`group ${className}`}>
      <summary className="flex min-h-11 list-none items-center gap-2 rounded-md border border-line bg-surface px-3 font-medium text-ink hover:border-brand">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path className="group-open:hidden" d="M3 5h14M3 10h14M3 15h14" />
          <path className="hidden group-open:block" d="M5 5l10 10M15 5L5 15" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-line bg-surface px-4 py-3 shadow-lg">{children}</div>
    </details>
  );
}
