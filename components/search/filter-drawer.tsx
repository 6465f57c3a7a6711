"use client";
// A list page's filters on a small screen: a drawer (a modal <dialog>) opened by the "Filters"
// button at the top of the results, with the count of filters in use. From lg the same element is
// the sidebar (app/globals.css, .filter-drawer). The dialog is open in the HTML and drawn as a
// plain block, so without JavaScript the filters stay on the page, after the results, and a link
// at the top jumps to them. Its controls stay inside the search form wherever the dialog is drawn,
// so ticking one in the drawer applies as it does in the sidebar.
import { useCallback, useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { countActiveFilters } from "./active-filters";

const WIDE = "(width >= 64rem)"; // Tailwind's lg: the sidebar shows

/**
 * What the drawer was doing when its page may be swapped for a new one. A visitor's list comes
 * from the page cache under a key holding its query (lib/cache/page-cache.ts), so ticking a filter
 * loads the page under another key and React mounts it afresh: the old dialog and button are gone
 * without a close event, and focus falls to the body. Kept in module scope, which outlives the
 * page, for a moment: the new page reopens the drawer on the same control, or focuses its button.
 */
let remembered: { id: string; at: number; focus: "button" | { name: string; value: string } } | null = null;
const REMEMBER_MS = 5000;

function dialogById(id: string): HTMLDialogElement | null {
  const element = document.getElementById(id);
  return element instanceof HTMLDialogElement ? element : null;
}

export function FilterDrawerButton({
  dialogId,
  label,
  activeTemplate,
  initialActive,
}: {
  dialogId: string;
  label: string;
  /** E.g. "Active filters: {count}", for screen readers. */
  activeTemplate: string;
  /** The server's count, shown until the browser counts the controls itself. */
  initialActive: number | null;
}) {
  const button = useRef<HTMLButtonElement>(null);
  // The controls are the store: counted on every render (the page's new results, Back) and on
  // every tick or keystroke in the drawer.
  const subscribe = useCallback(
    (listener: () => void) => {
      const dialog = dialogById(dialogId);
      dialog?.addEventListener("input", listener);
      dialog?.addEventListener("change", listener);
      return () => {
        dialog?.removeEventListener("input", listener);
        dialog?.removeEventListener("change", listener);
      };
    },
    [dialogId],
  );
  const active = useSyncExternalStore(
    subscribe,
    () => {
      const dialog = dialogById(dialogId);
      return dialog
        ? countActiveFilters(dialog.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]"))
        : initialActive;
    },
    () => initialActive,
  );

  useEffect(() => {
    const dialog = dialogById(dialogId);
    if (!dialog) return;
    // Back to the button when the drawer closes (Escape, the close button, applying), and the
    // dialog returns to its first state: open in the page, hidden by CSS on small screens.
    const onClose = () => {
      if (dialog.matches(":modal")) return; // the close that turned the in-page dialog into the drawer
      dialog.setAttribute("open", "");
      if (window.matchMedia(WIDE).matches) return;
      button.current?.focus();
      remembered = { id: dialogId, at: Date.now(), focus: "button" };
    };
    const onChange = (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      if (dialog.matches(":modal") && control.name)
        remembered = { id: dialogId, at: Date.now(), focus: { name: control.name, value: control.value } };
    };
    dialog.addEventListener("close", onClose);
    dialog.addEventListener("change", onChange);

    // A page mounted in place of the one the person was using (see `remembered`).
    const before = remembered;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (before?.id === dialogId && Date.now() - before.at < REMEMBER_MS && lost && !window.matchMedia(WIDE).matches) {
      remembered = null;
      if (before.focus === "button") button.current?.focus();
      else {
        if (dialog.open) dialog.close();
        dialog.showModal();
        const { name, value } = before.focus;
        const same = [...dialog.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]")].find(
          (control) => control.name === name && (control instanceof HTMLSelectElement || control.value === value),
        );
        same?.focus();
      }
    }
    return () => {
      dialog.removeEventListener("close", onClose);
      dialog.removeEventListener("change", onChange);
    };
  }, [dialogId]);

  const badge =
    active !== null && active > 0 ? (
      <>
        <span aria-hidden="true" className="min-w-6 rounded-full bg-brand px-1.5 text-center text-sm leading-6 text-white tabular-nums">
          {active}
        </span>
        <span className="sr-only">{`, ${activeTemplate.replace("{count}", String(active))}`}</span>
      </>
    ) : null;
  const className =
    "inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-surface px-4 font-medium text-ink no-underline hover:border-brand";
  const icon = (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 5h14M6 10h8M8.5 15h3" />
    </svg>
  );
  return (
    <div className="lg:hidden">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-controls={dialogId}
        className={`js-only ${className}`}
        onClick={() => {
          const dialog = dialogById(dialogId);
          if (!dialog) return;
          // Open in the page (its state in the HTML): reopen it as the modal drawer.
          if (dialog.open) dialog.close();
          dialog.showModal();
        }}
      >
        {icon}
        {label}
        {badge}
      </button>
      <a href={`#${dialogId}`} className={`no-js-only ${className}`}>
        {icon}
        {label}
        {badge}
      </a>
    </div>
  );
}

/** The dialog around the filters; any `[data-close-drawer]` inside closes it, so does applying. */
export function FilterDrawer({
  id,
  labelledBy,
  className = "",
  children,
}: {
  id: string;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Widened past lg while the drawer is open: it becomes the sidebar again.
    const wide = window.matchMedia(WIDE);
    const onWide = () => {
      if (wide.matches && dialog.matches(":modal")) dialog.close();
    };
    const onSubmit = () => {
      if (dialog.matches(":modal")) dialog.close();
    };
    const form = dialog.closest("form");
    wide.addEventListener("change", onWide);
    form?.addEventListener("submit", onSubmit);
    return () => {
      wide.removeEventListener("change", onWide);
      form?.removeEventListener("submit", onSubmit);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      open
      aria-labelledby={labelledBy}
      className={`filter-drawer ${className}`}
      onClick={(event) => {
        const target = event.target as Element;
        if (target.closest("[data-close-drawer]") && ref.current?.matches(":modal")) ref.current.close();
        // A click on the backdrop lands on the dialog itself, outside its content box.
        if (target === ref.current && ref.current.matches(":modal")) {
          const box = ref.current.getBoundingClientRect();
          const { clientX: x, clientY: y } = event;
          if (x < box.left || x > box.right || y < box.top || y > box.bottom) ref.current.close();
        }
      }}
    >
      {children}
    </dialog>
  );
}
