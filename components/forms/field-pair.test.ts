import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/en.json";
import deMessages from "@/messages/de.json";
import ukMessages from "@/messages/uk.json";
import { Field } from "./field";
import { FieldPair } from "./field-pair";

// Only the namespace the fields read; the children go in as createElement's third argument.
const provider = { locale: "en", messages: { forms: messages.forms }, timeZone: "Europe/Kyiv" } as unknown as ComponentProps<
  typeof NextIntlClientProvider
>;
const render = (node: ReactNode) => renderToStaticMarkup(createElement(NextIntlClientProvider, provider, node));
const renderInUkrainian = (node: ReactNode) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { ...provider, locale: "uk", messages: { forms: ukMessages.forms } } as ComponentProps<typeof NextIntlClientProvider>,
      node,
    ),
  );

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
    // The pair itself, before the other languages (./field-pair.tsx).
    expect(html.split("<details")[0]!.match(/<textarea /g)).toHaveLength(2);
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

describe("FieldPair in the other languages", () => {
  const noErrors = () => undefined;

  it("offers German, French, Polish and Italian in a closed <details> under the pair, each labelled and marked with its language", () => {
    const html = render(createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: noErrors, maxLength: 200, hint: "Short" }));
    const [pair, details] = html.split("<details");
    expect(pair!.match(/<input /g)).toHaveLength(2);
    expect(details!.startsWith(' class="')).toBe(true); // not open
    expect(details).toContain(
      `<summary class="min-h-11 cursor-pointer py-2 font-medium text-brand">${messages.forms.otherLanguages}</summary>`,
    );
    for (const [name, lang, label] of [
      ["titleDe", "de", "Title in German"],
      ["titleFr", "fr", "Title in French"],
      ["titlePl", "pl", "Title in Polish"],
      ["titleIt", "it", "Title in Italian"],
    ] as const) {
      const input = control(details!, name);
      expect(input).toMatchObject({ lang, maxLength: "200" });
      expect(input["aria-describedby"]).toBeUndefined(); // no hint
      expect(details).toContain(`<label for="${input.id}" class="block font-medium">${label}</label>`);
    }
    expect(details).not.toContain("Short");
  });

  it("starts open when one of them holds a text or an error, and shows each one's value and error", () => {
    const withText = render(createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: noErrors, others: { fr: "Titre" } }));
    expect(withText).toContain('<details open=""');
    expect(control(withText, "titleFr")).toMatchObject({ value: "Titre" });
    const errors: Record<string, string> = { titlePl: "tooShort" };
    const withError = render(createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: (field: string) => errors[field] }));
    expect(withError).toContain('<details open=""');
    const pl = control(withError, "titlePl");
    expect(pl).toMatchObject({ "aria-invalid": "true", "aria-describedby": `${pl.id}-error` });
    expect(withError).toContain(`<p id="${pl.id}-error" class="mt-1 text-sm text-danger">${messages.forms.errors.tooShort}</p>`);
    expect(render(createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: noErrors, others: { de: "" } }))).not.toContain(
      "<details open",
    );
  });

  it("uses text areas of the same size for a long text", () => {
    const html = render(createElement(FieldPair, { name: "description", labels: ["Uk", "En"], error: noErrors, rows: 6, maxLength: 4000 }));
    const details = html.split("<details")[1]!;
    expect(details.match(/<textarea /g)).toHaveLength(4);
    expect(control(details, "descriptionIt")).toMatchObject({ rows: "6", lang: "it", maxLength: "4000" });
  });

  it("names the languages in the page's language", () => {
    const html = renderInUkrainian(createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: noErrors }));
    const input = control(html, "titleDe");
    expect(html).toContain(`<label for="${input.id}" class="block font-medium">Назва (німецька мова)</label>`);
    expect(html).toContain(`>${ukMessages.forms.otherLanguages}</summary>`);
  });

  it("on a German page offers German first, above the pair, and folds the other three", () => {
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        { ...provider, locale: "de", messages: { forms: deMessages.forms } } as ComponentProps<typeof NextIntlClientProvider>,
        createElement(FieldPair, { name: "title", labels: ["Uk", "En"], error: noErrors, others: { de: "Schulbus" } }),
      ),
    );
    const [before, details] = html.split("<details");
    expect(control(before!, "titleDe")).toMatchObject({ lang: "de", value: "Schulbus" });
    expect(before!.indexOf('name="titleDe"')).toBeLessThan(before!.indexOf('name="titleUk"'));
    expect(details).not.toContain('name="titleDe"');
    for (const name of ["titleFr", "titlePl", "titleIt"]) expect(details).toContain(`name="${name}"`);
    expect(details!.startsWith(' class="')).toBe(true); // closed: the German text shows above it
  });

  it("offers none for a text kept in two languages (no generic label)", () => {
    const html = render(createElement(FieldPair, { name: "options", labels: ["Uk", "En"], error: noErrors, rows: 6 }));
    expect(html).not.toContain("<details");
    expect(html).not.toContain("optionsDe");
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
