import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en.json";
import { Field } from "./field";
import { FieldPair } from "./field-pair";

// Only the namespace the fields read; the children go in as createElement's third argument.
const provider = { locale: "en", messages: { forms: messages.forms }, timeZone: "Europe/Kyiv" } as unknown as ComponentProps<
  typeof NextIntlClientProvider
>;
const render = (node: ReactNode) => renderToStaticMarkup(createElement(NextIntlClientProvider, provider, node));

/** The attributes of the control named `name`, in any order. */
function control(html: string, name: string): Record<string, string> {
  const tag = html.match(new RegExp(`<(?:input|textarea)[^>]*name="${name}"[^>]*>`))?.[0];
  if (!tag) throw new Error(`no control ${name} in ${html}`);
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
}

describe("FieldPair", () => {
  it("renders the Ukrainian and the English input side by side, each with its language, value and error", () => {
    const errors: Record<string, string> = { titleEn: "required" };
    const html = render(
      createElement(FieldPair, {
        name: "title",
        labels: ["Title (Ukrainian)", "Title (English)"],
        values: ["Назва", "Name"],
        error: (field: string) => errors[field],
      }),
    );
    expect(html.startsWith('<div class="grid gap-4 sm:grid-cols-2">')).toBe(true);
    const uk = control(html, "titleUk");
    const en = control(html, "titleEn");
    expect(uk).toMatchObject({ lang: "uk", value: "Назва" });
    expect(uk["aria-invalid"]).toBeUndefined();
    expect(html).toContain(`<label for="${uk.id}" class="block font-medium">Title (Ukrainian)</label>`);
    expect(en).toMatchObject({ lang: "en", value: "Name", "aria-invalid": "true", "aria-describedby": `${en.id}-error` });
    expect(html).toContain(`<p id="${en.id}-error" class="mt-1 text-sm text-danger">${messages.forms.errors.required}</p>`);
  });

  it("renders text areas one above the other when given rows, and passes hint and length to both", () => {
    const html = render(
      createElement(FieldPair, {
        name: "body",
        labels: ["Uk", "En"],
        error: () => undefined,
        rows: 10,
        hint: "Markdown",
        maxLength: 20_000,
      }),
    );
    expect(html.startsWith("<div><label")).toBe(true);
    expect(html.match(/<textarea /g)).toHaveLength(2);
    for (const [name, lang] of [
      ["bodyUk", "uk"],
      ["bodyEn", "en"],
    ] as const) {
      const area = control(html, name);
      expect(area).toMatchObject({ rows: "10", lang, maxLength: "20000", "aria-describedby": `${area.id}-hint` });
      expect(html).toContain(`<p id="${area.id}-hint" class="text-sm text-muted">Markdown</p>`);
    }
  });

  it("keeps text areas side by side when asked", () => {
    const html = render(
      createElement(FieldPair, { name: "options", labels: ["Uk", "En"], error: () => undefined, rows: 6, grid: true, readOnly: true }),
    );
    expect(html.startsWith('<div class="grid gap-4 sm:grid-cols-2">')).toBe(true);
    expect(control(html, "optionsUk")).toHaveProperty("readOnly");
    expect(control(html, "optionsEn")).toHaveProperty("readOnly");
  });
});

describe("Field", () => {
  it("ties both the hint and the error to the input, and reads an unknown error key as invalid", () => {
    const html = render(createElement(Field, { label: "Website", hint: "With https://", name: "website", error: "no-such-key" }));
    const input = control(html, "website");
    expect(input).toMatchObject({ "aria-invalid": "true", "aria-describedby": `${input.id}-hint ${input.id}-error` });
    expect(html).toContain(
      `<label for="${input.id}" class="block font-medium">Website</label><p id="${input.id}-hint" class="text-sm text-muted">With https://</p>`,
    );
    expect(html).toContain(`<p id="${input.id}-error" class="mt-1 text-sm text-danger">${messages.forms.errors.invalid}</p>`);
  });
});
