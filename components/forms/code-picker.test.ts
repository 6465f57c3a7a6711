// What the pickers send before JavaScript runs (and where it never does): the server's HTML must
// be a form that works by itself, posting the names the server schemas read.
import { createElement as h, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { countryOptions, languageOptions } from "@/lib/i18n/picker-options";
import en from "@/messages/en.json";
import { CodePicker } from "./code-picker";
import { PlaceFields } from "./place-fields";

const html = (node: ReactNode) =>
  renderToString(h(NextIntlClientProvider, { locale: "en", messages: en, timeZone: "UTC", children: node }));

describe("the pickers without JavaScript", () => {
  it("offer one country as a native select of names, posting the code", () => {
    const page = html(h(CodePicker, { label: "Country", name: "country", options: countryOptions("en"), defaultValue: "GE" }));
    expect(page).toMatch(/<select[^>]* name="country"/);
    expect(page).toContain('<option value="GE" selected="">Georgia</option>');
    expect(page).toContain('<option value="DE">Germany</option>');
  });

  it("offer several languages as a text input of codes, with a hint saying so", () => {
    const page = html(
      h(CodePicker, {
        label: "Languages",
        name: "languages",
        options: languageOptions("en"),
        multiple: true,
        defaultValue: "uk, en, xx",
        codesHint: "uk, en",
      }),
    );
    expect(page).toMatch(/<input[^>]* name="languages" value="uk, en"/);
    expect(page).toContain("Two-letter codes separated by commas, e.g. uk, en");
  });

  it("keep the city a text input and send no coordinates until a pin is placed", () => {
    const page = html(
      h(PlaceFields, {
        countries: countryOptions("en"),
        country: { label: "Country", name: "country" },
        city: { label: "City", name: "city", defaultValue: "Leipzig" },
        pin: {},
      }),
    );
    expect(page).toMatch(/<input[^>]* role="combobox"[^>]* name="city" value="Leipzig"/);
    expect(page).toContain('<input type="hidden" name="lat" value=""/>');
    expect(page).toContain('<input type="hidden" name="lng" value=""/>');
    expect(page).not.toMatch(/name="lat"[^>]*type="text"/);
  });
});
