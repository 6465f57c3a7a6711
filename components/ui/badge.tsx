import type { ReactNode } from "react";

const tones = {
  neutral: "border-line bg-surface text-muted",
  brand: "border-brand-soft bg-brand-soft text-brand-strong",
  demo: "border-demo-line bg-demo-soft text-demo",
  ok: "border-ok-soft bg-ok-soft text-ok",
  note: "border-note-line bg-note-soft text-note",
} as const;

export type BadgeTone = keyof typeof tones;

/** A small label. `title` adds a tooltip; the visible text must carry the meaning on its own.
 *  Long labels (some sector names) wrap rather than push a phone-wide page sideways. */
export function Badge({ tone = "neutral", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold leading-5 max-w-full ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
