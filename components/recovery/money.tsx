// An amount stored in minor units, in its own currency and the page's language ("€42,000", "42 000,00 ₴").
import { useAppFormatter } from "@/components/i18n/format";
import { minorToUnits } from "@/lib/money/minor";

export function Money({ minor, currency }: { minor: bigint; currency: string }) {
  const format = useAppFormatter();
  const units = minorToUnits(minor);
  return (
    <span className="whitespace-nowrap tabular-nums">
      {format.number(units, { style: "currency", currency, maximumFractionDigits: Number.isInteger(units) ? 0 : 2 })}
    </span>
  );
}
