// A need's progress from the recovery plans that address it, in one line:
// "€42,000 of €60,000 pledged · School bus delivered and confirmed".
import { useLocale, useTranslations } from "next-intl";
import { pickText } from "@/lib/i18n/localized-text";
import type { NeedProgress } from "@/lib/recovery/queries";
import { Money } from "./money";

export function NeedProgressLine({ progress, cost }: { progress: NeedProgress; cost: { minor: bigint; currency: string } | null }) {
  const t = useTranslations("recovery.progress");
  const locale = useLocale();
  const parts: React.ReactNode[] = progress.pledged.map((p) =>
    cost && cost.currency === p.currency
      ? t.rich("pledgedOf", {
          pledged: () => <Money minor={p.minor} currency={p.currency} />,
          cost: () => <Money minor={cost.minor} currency={cost.currency} />,
        })
      : t.rich("pledged", { pledged: () => <Money minor={p.minor} currency={p.currency} /> }),
  );
  for (const step of progress.delivered) {
    const what =
      step.items.length > 0
        ? step.items.map((i) => (i.quantity && i.quantity > 1 ? `${i.quantity} × ${i.item}` : i.item)).join(", ")
        : (pickText(step.title, locale)?.text ?? "—");
    parts.push(t(step.confirmed ? "confirmed" : "delivered", { what }));
  }
  if (parts.length === 0) return null;
  return (
    <p className="mt-2 text-sm" data-testid="need-progress">
      <span className="font-semibold">{t("label")}: </span>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? " · " : null}
          {part}
        </span>
      ))}
    </p>
  );
}
