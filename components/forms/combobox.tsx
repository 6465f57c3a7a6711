"use client";
// A text input with a list of suggestions, after the WAI-ARIA combobox pattern ("list
// autocomplete", https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): the focus stays in the
// input, arrow keys move the highlighted option (aria-activedescendant), Enter picks it, Escape
// closes the list and then clears the text. Written here, small, because package.json has no
// headless UI library and these pickers need nothing more. The parent owns the text and the
// items: the code pickers filter a list they hold, the place search asks the server.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from "react";

export interface ComboboxItem {
  key: string;
  label: string;
  /** A second, quieter line ("Germany" under "Leipzig"). */
  detail?: string;
}

export const comboboxInputClass =
  "block w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink shadow-sm focus:border-brand focus:outline-2 focus:outline-brand aria-[invalid=true]:border-danger";

export function Combobox({
  id,
  text,
  onTextChange,
  items,
  onPick,
  emptyText,
  statusText,
  onKeyDownEmpty,
  inputProps,
}: {
  /** The input's id, for its <label htmlFor>. */
  id: string;
  text: string;
  onTextChange: (text: string) => void;
  items: readonly ComboboxItem[];
  onPick: (item: ComboboxItem) => void;
  /** Said in the list when the text finds nothing. */
  emptyText: string;
  /** Read out politely as the list changes ("5 results"). */
  statusText: string;
  /** Backspace in an empty input (a multi-select removes its last choice). */
  onKeyDownEmpty?: () => void;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "onKeyDown" | "role">;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);
  const highlighted = open && active >= 0 && active < items.length ? active : -1;

  useEffect(() => {
    if (highlighted >= 0) list.current?.children[highlighted]?.scrollIntoView({ block: "nearest" });
  }, [highlighted]);

  // The list closes on a pick (focus stays): left open, the full list of a multiple choice would
  // cover the fields and buttons below it. Typing or ArrowDown opens it again.
  const pick = (item: ComboboxItem) => {
    onPick(item);
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (step: number) => {
      event.preventDefault();
      if (!open) setOpen(true);
      if (items.length > 0) setActive((current) => (current + step + items.length) % items.length);
    };
    switch (event.key) {
      case "ArrowDown":
        if (event.altKey) {
          event.preventDefault();
          setOpen(true);
        } else move(1);
        break;
      case "ArrowUp":
        move(-1);
        break;
      case "Enter":
        // Picks instead of submitting the form while a suggestion is highlighted.
        if (highlighted >= 0) {
          event.preventDefault();
          pick(items[highlighted]!);
        }
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          onTextChange("");
        }
        break;
      case "Backspace":
        if (!text && onKeyDownEmpty) onKeyDownEmpty();
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  };

  // An empty listbox is not shown (nor announced as expanded): "Nothing found" stands in its place.
  const showList = open && items.length > 0;
  const showEmpty = open && items.length === 0 && text.trim() !== "";
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
        autoComplete="off"
        spellCheck={false}
        className={comboboxInputClass}
        {...inputProps}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setOpen(true);
          // The first suggestion is highlighted as one types, so Enter takes it.
          setActive(event.target.value.trim() ? 0 : -1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={(event) => {
          setOpen(false);
          inputProps?.onBlur?.(event);
        }}
      />
      <ul
        ref={list}
        id={listId}
        role="listbox"
        hidden={!showList}
        className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === highlighted}
            // Keeps the focus in the input: a click must not blur it (which closes the list) first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
            onMouseMove={() => index !== active && setActive(index)}
            className={`cursor-pointer px-3 py-2 ${index === highlighted ? "bg-brand-soft" : ""}`}
          >
            <span className="block">{item.label}</span>
            {item.detail ? <span className="block text-sm text-muted">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      {showEmpty ? (
        <p className="absolute z-30 mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-muted shadow-lg">{emptyText}</p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {open ? statusText : ""}
      </p>
    </div>
  );
}
