import { useLocale, useTranslations } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import { Link } from "@/lib/i18n/navigation";

/** "Edit", named for screen readers by the need it edits. */
export function NeedEditLink({ communitySlug, need }: { communitySlug: string; need: { slug: string; title: unknown } }) {
  const tNeed = useTranslations("need");
  const locale = useLocale();
  return (
    <Link
      href={`/communities/${communitySlug}/needs/${need.slug}/edit`}
      aria-label={`${tNeed("edit")}: ${pickText(need.title, locale)?.text ?? ""}`}
    >
      {tNeed("edit")}
    </Link>
  );
}
