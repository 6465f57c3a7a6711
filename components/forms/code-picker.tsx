"use client";
// A country or language field that shows names and posts codes: a searchable list
// (./combobox.tsx) over options built on the server (lib/i18n/picker-options.ts), one choice or
// several (chips with a remove button). What it posts is what the server schemas already read:
// one input named `name` holding the code, or the codes separated by commas
// (lib/forms/fields.ts countryCodes / languageCodes, the URL filters of lib/query-string).
//
// Before JavaScript runs, and where it never does, a single choice is a native <select> of the
// same names, and several choices a text input of codes (a <select multiple> would post the name
// once per code, which those schemas do not read), with a hint saying so.
import { useTranslations } from "next-intl";
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { exactOption, matchOptions, searchIndex, type PickerOption } from "@/lib/i18n/option-search";
import { Combobox, comboboxInputClass } from "./combobox";
import { FieldFrame, useErrorText } from "./field";

const noop = () => () => {};
/** False on the server and in the first client render, true once hydrated. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/** "uk, en" or ["uk", "en"] → ["uk", "en"], the codes the options know, each once. */
function knownCodes(value: string | readonly string[] | undefined, options: readonly PickerOption[]): string[] {
  const raw = typeof value === "string" ? value.split(/[\s,;]+/) : (value ?? []);
  const known = new Set(options.map((option) => option.value));
  return [...new Set(raw.map((code) => code.trim()).filter((code) => known.has(code)))];
}

export function CodePicker({
  label,
  hint,
  name,
  options,
  multiple = false,
  defaultValue,
  error,
  allowEmpty = false,
  codesHint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  name: string;
  options: readonly PickerOption[];
  multiple?: boolean;
  /** The code (or codes) chosen to start with. */
  defaultValue?: string | readonly string[];
  /** A key under forms.errors. */
  error?: string;
  /** A single choice may be left empty ("any", "not given"). */
  allowEmpty?: boolean;
  /** The example shown for typing codes without JavaScript, e.g. "uk, en, pl". */
  codesHint?: string;
  /** Controlled: the codes chosen, when a parent sets them too (the place search sets the country). */
  value?: readonly string[];
  onChange?: (codes: string[]) => void;
}) {
  const t = useTranslations("pickers");
  const id = useId();
  const hydrated = useHydrated();
  const message = useErrorText()(error);
  const [own, setOwn] = useState(() => knownCodes(defaultValue, options));
  const chosen = value ? knownCodes(value, options) : own;
  const setChosen = (codes: string[]) => {
    setOwn(codes);
    onChange?.(codes);
  };
  const byCode = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);
  const index = useMemo(() => searchIndex(options), [options]);
  const selectedLabel = !multiple && chosen[0] ? (byCode.get(chosen[0])?.label ?? "") : "";
  // What is typed and not yet picked; null shows the chosen name (a single choice) or nothing.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedLabel;

  const fallbackHint = !hydrated && multiple ? t("codesHint", { example: codesHint ?? "" }) : undefined;
  const hintText = [hint, fallbackHint].filter(Boolean).join(" ");
  const describedBy = [hintText ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const control = { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy };

  let field;
  if (!hydrated && !multiple) {
    field = (
      <select id={id} name={name} defaultValue={chosen[0] ?? ""} className={`mt-1 ${comboboxInputClass}`} {...control}>
        <option value="">{t("none")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (!hydrated) {
    field = (
      <input
        id={id}
        name={name}
        defaultValue={chosen.join(", ")}
        autoComplete="off"
        className={`mt-1 ${comboboxInputClass}`}
        {...control}
      />
    );
  } else {
    // A single choice shows its name in the input: all options are offered until one types.
    // Nothing typed: the whole list, to scroll through; typed text: the best few dozen.
    const offered = multiple ? index.filter((entry) => !chosen.includes(entry.option.value)) : index;
    const matches = matchOptions(offered, typed ?? "", typed?.trim() ? 60 : offered.length);
    const choose = (code: string) => {
      setChosen(multiple ? [...chosen, code] : [code]);
      setTyped(null);
    };
    const remove = (code: string) => setChosen(chosen.filter((other) => other !== code));
    field = (
      <>
        <input type="hidden" name={name} value={chosen.join(",")} />
        {multiple && chosen.length > 0 ? (
          <ul className="mt-1 flex flex-wrap gap-2" aria-label={t("chosen", { field: label })}>
            {chosen.map((code) => {
              const chip = byCode.get(code)?.label ?? code;
              return (
                <li key={code} className="inline-flex items-center gap-1 rounded-full border border-line bg-brand-soft py-0.5 pr-1 pl-3">
                  <span>{chip}</span>
                  <button
                    type="button"
                    onClick={() => remove(code)}
                    aria-label={t("remove", { name: chip })}
                    className="inline-flex h-8 w-8 items-center justify-center rounded-full hover:bg-surface"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        <div className="mt-1">
          <Combobox
            id={id}
            text={text}
            onTextChange={setTyped}
            items={matches.map((option) => ({ key: option.value, label: option.label }))}
            onPick={(item) => choose(item.key)}
            emptyText={t("noMatch")}
            statusText={t("results", { count: matches.length })}
            onKeyDownEmpty={multiple && chosen.length > 0 ? () => remove(chosen.at(-1)!) : undefined}
            inputProps={{
              ...control,
              placeholder: multiple ? t("addPlaceholder") : t("searchPlaceholder"),
              onBlur: () => {
                if (typed === null) return;
                // Text that names one option exactly ("Germany", "DE") takes it; other typed
                // text does not stand: the field shows what it posts.
                const named = exactOption(index, typed);
                if (named) {
                  if (chosen.includes(named.value)) setTyped(null);
                  else choose(named.value);
                } else if (!multiple) {
                  if (!typed.trim() && allowEmpty) setChosen([]);
                  setTyped(null);
                }
              },
            }}
          />
        </div>
      </>
    );
  }

  return (
    <FieldFrame id={id} label={label} hint={hintText || undefined} message={message}>
      {field}
    </FieldFrame>
  );
}
