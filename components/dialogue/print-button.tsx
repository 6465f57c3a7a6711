"use client";
// The report prints from the browser's own dialog; the page's print styles drop the site's frame.
export function PrintButton({ text }: { text: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center rounded-md border border-line bg-surface px-4 font-semibold hover:bg-brand-soft print:hidden"
    >
      {text}
    </button>
  );
}
