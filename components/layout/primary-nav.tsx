"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * The site's sections, in menu order. Adding a section is one line here (plus its label
 * under `nav` in messages/*.json). List only pages that exist.
 */
const items = [
  { href: "/", label: "home" },
  { href: "/organizations", label: "organizations" },
  { href: "/communities", label: "communities" },
  { href: "/needs", label: "needs" },
  { href: "/map", label: "map" },
  { href: "/partnerships", label: "partnerships" },
  { href: "/events", label: "events" },
  { href: "/stats", label: "stats" },
] as const;

/** The main navigation; `layout="row"` in the header bar, `"column"` in the mobile menu. */
export function PrimaryNav({ layout, className = "" }: { layout: "row" | "column"; className?: string }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className={className}>
      <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
        {/* The header row leaves Home to the site name beside it (a link home) and pads less,
            so the sections and the account links fit in the bar (1232 px at 1280, wider than the page's 1152 px column). */}
        {items
          .filter((item) => layout === "column" || item.href !== "/")
          .map((item) => {
            const isCurrent = pathname === item.href;
            const isInSection = !isCurrent && item.href !== "/" && pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent ? "page" : isInSection ? "true" : undefined}
                  className={`flex min-h-11 items-center whitespace-nowrap rounded-md font-medium no-underline text-ink hover:bg-brand-soft hover:text-brand-strong aria-[current]:text-brand-strong aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8 ${
                    layout === "column" ? "w-full px-3 text-lg" : "px-2"
                  }`}
                >
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
