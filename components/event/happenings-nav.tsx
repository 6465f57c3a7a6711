import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const sections = [
  { href: "/events", label: "events" },
  { href: "/announcements", label: "announcements" },
  { href: "/polls", label: "polls" },
] as const;

/**
 * Events, announcements and polls as one section: the header has room for one entry (Events),
 * this bar under it reaches the other two. Same labels as the main navigation.
 */
export function HappeningsNav({ current }: { current: (typeof sections)[number]["href"] }) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("happenings")} className="mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-1">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center border-b-2 border-transparent px-3 font-medium text-ink no-underline hover:text-brand-strong aria-[current]:border-brand aria-[current]:text-brand-strong"
            >
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
