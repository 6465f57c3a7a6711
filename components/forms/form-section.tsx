// A titled part of a long form, its heading the section's accessible name.
import type { ReactNode } from "react";

export function FormSection({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5 border-t border-line pt-5">
      <div>
        <h2 id={id} className="text-xl font-bold">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}
