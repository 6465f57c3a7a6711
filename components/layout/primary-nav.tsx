"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { HeaderDisclosure } from "./mobile-menu";

/**
 * The site's sections, in menu order. Adding a section is one line here (plus its label
 * under `nav` in messages/*.json). List only pages that exist. `more`: in the desktop row these
 * sit in the "More" menu ("always", or "below-xl": only while the row is 976 px wide), so the row
 * fits on one line from 1024 px in both languages and for every role (measured by
 * tests/e2e/phone-fit.spec.ts: about 880 px at lg and 1110 px of 1232 at xl, for a moderator in
 * Ukrainian with an unread count); the phone menu lists them all.
 */
const items = [
  { href: "/", label: "home" },
  { href: "/organizations", label: "organizations" },
  { href: "/communities", label: "communities" },
  { href: "/needs", label: "needs" },
  { href: "/map", label: "map" },
  { href: "/partnerships", label: "partnerships", more: "always" },
  { href: "/recovery", label: "recovery", more: "always" },
  { href: "/events", label: "events", more: "below-xl" },
  { href: "/announcements", label: "announcements", more: "always" },
  { href: "/polls", label: "polls", more: "always" },
  { href: "/dialogues", label: "dialogues", more: "always" },
  { href: "/stats", label: "stats", more: "always" },
] as const;

type Item = (typeof items)[number];

const linkClass =
  "flex min-h-11 items-center whitespace-nowrap rounded-md font-medium no-underline text-ink hover:bg-brand-soft hover:text-brand-strong aria-[current]:text-brand-strong aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8";

function currentness(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  return href !== "/" && pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/** The main navigation; `layout="row"` in the header bar (from lg), `"column"` in the phone menu. */
export function PrimaryNav({ layout, className = "" }: { layout: "row" | "column"; className?: string }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const link = (item: Item, extra: string, liClass?: string) => (
    <li key={item.href} className={liClass}>
      <Link href={item.href} aria-current={currentness(pathname, item.href)} className={`${linkClass} ${extra}`}>
        {t(item.label)}
      </Link>
    </li>
  );
  if (layout === "column") {
    return (
      <nav aria-label={t("label")} className={className}>
        <ul className="flex flex-col gap-1">{items.map((item) => link(item, "w-full px-3 text-lg"))}</ul>
      </nav>
    );
  }
  // The row leaves Home to the site name beside it (a link home).
  const more = items.filter((item) => "more" in item);
  const inMore = more.some((item) => item.more === "always" && currentness(pathname, item.href));
  return (
    <nav aria-label={t("label")} className={className}>
      <ul className="flex flex-nowrap items-center gap-1">
        {items
          .filter((item) => item.href !== "/" && (!("more" in item) || item.more === "below-xl"))
          .map((item) => link(item, "px-2", "more" in item ? "hidden xl:block" : undefined))}
        <li className="relative">
          <HeaderDisclosure
            summary={
              <>
                {t("more")}
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className="h-4 w-4 group-open:rotate-180"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                >
                  <path d="M5 8l5 5 5-5" />
                </svg>
              </>
            }
            summaryClassName={`flex min-h-11 list-none items-center gap-1 whitespace-nowrap rounded-md px-2 font-medium text-ink hover:bg-brand-soft hover:text-brand-strong ${
              inMore ? "text-brand-strong underline decoration-2 underline-offset-8" : ""
            }`}
            panelClassName="absolute right-0 top-full z-30 mt-1 min-w-48 rounded-md border border-line bg-surface p-2 shadow-lg"
          >
            <ul className="flex flex-col gap-1">
              {more.map((item) => link(item, "px-3", item.more === "below-xl" ? "xl:hidden" : undefined))}
            </ul>
          </HeaderDisclosure>
        </li>
      </ul>
    </nav>
  );
}
