// The shared parts whose output the forms rely on: a checkbox group's error and the status line.
import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en.json";
import { CheckboxGroup } from "./checkbox-group";
import { SelectField } from "./field";
import { FormMessage } from "./form-message";

const provider = { locale: "en", messages: { forms: messages.forms }, timeZone: "Europe/Kyiv" } as unknown as ComponentProps<
  typeof NextIntlClientProvider
>;
const render = (node: ReactNode) => renderToStaticMarkup(createElement(NextIntlClientProvider, provider, node));
const options = [
  { value: "A", label: "Alpha" },
  { value: "B", label: "Beta" },
];

describe("CheckboxGroup", () => {
  it("ticks the selected boxes and shows no error before one is given", () => {
    const html = render(createElement(CheckboxGroup, { legend: "Kinds", name: "kinds", options, selected: ["B"] }));
    expect(html.startsWith("<fieldset><legend")).toBe(true);
    expect(html).toContain('<input type="checkbox" class="h-5 w-5" name="kinds" checked="" value="B"/>');
    expect(html).toContain('<input type="checkbox" class="h-5 w-5" name="kinds" value="A"/>');
    expect(html).not.toContain("text-danger");
  });

  it("shows its error key as text, an unknown key as invalid, and marks the group invalid", () => {
    const known = render(createElement(CheckboxGroup, { legend: "Kinds", name: "kinds", options, error: "required" }));
    expect(known.startsWith('<fieldset aria-invalid="true">')).toBe(true);
    expect(known).toContain(`<p class="mt-1 text-sm text-danger">${messages.forms.errors.required}</p>`);
    const unknown = render(createElement(CheckboxGroup, { legend: "Kinds", name: "kinds", options, error: "no-such-key" }));
    expect(unknown).toContain(`<p class="mt-1 text-sm text-danger">${messages.forms.errors.invalid}</p>`);
  });
});

describe("SelectField", () => {
  it("starts a required choice at an empty option, so nothing is chosen for the person", () => {
    const html = render(createElement(SelectField, { label: "Sector", name: "sector", options, placeholder: messages.forms.choose }));
    expect(html).toContain(`<option value="">${messages.forms.choose}</option><option value="A">Alpha</option>`);
    expect(html).not.toContain("selected");
  });

  it("shows the value it is given (a sent one after a refusal), without a placeholder when none is asked", () => {
    const html = render(createElement(SelectField, { label: "Sector", name: "sector", options, defaultValue: "B", error: "choose" }));
    expect(html).toContain('<option value="B" selected="">Beta</option>');
    expect(html).not.toContain('<option value="">');
    expect(html).toContain(messages.forms.errors.choose);
  });
});

describe("FormMessage", () => {
  const refused = { data: { ok: false as const, reason: "PARTNERSHIP_NOT_ELIGIBLE" } };
  it("words a refusal the form names itself, in the same status line", () => {
    const html = render(createElement(FormMessage, { result: refused, reasons: { PARTNERSHIP_NOT_ELIGIBLE: "Choose another." } }));
    expect(html).toBe('<p role="status" aria-live="polite" class="min-h-6 text-sm font-medium text-danger">Choose another.</p>');
  });

  it("reads any other refusal from the shared reasons", () => {
    const tooMany = { data: { ok: false as const, reason: "TOO_MANY" } };
    const html = render(createElement(FormMessage, { result: tooMany, reasons: { PARTNERSHIP_NOT_ELIGIBLE: "Choose another." } }));
    expect(html).toContain(`>${messages.forms.reasons.TOO_MANY}</p>`);
  });
});
