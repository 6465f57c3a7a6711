import { describe, expect, it } from "vitest";
import type { FormEvent } from "react";
import { bindFields } from "./bind-fields";
import { keepValuesOnReset, sentValues } from "./use-draft";

const like = { title: "old", agree: true, sectors: ["EDUCATION"], owner: "o1" };

describe("sentValues", () => {
  it("reads each field as the kind of value it has in the form's values", () => {
    const data = new FormData();
    data.append("title", "New title");
    data.append("sectors", "HEALTH");
    data.append("sectors", "ENERGY");
    data.append("owner", "o2");
    data.append("unrelated", "x");
    expect(sentValues(data, like)).toEqual({ title: "New title", agree: false, sectors: ["HEALTH", "ENERGY"], owner: "o2" });
  });

  it("reads a ticked box as true and a field the form did not send as empty", () => {
    const data = new FormData();
    data.append("agree", "on");
    expect(sentValues(data, like)).toEqual({ title: "", agree: true, sectors: [], owner: "" });
  });
});

describe("a refused form keeps what was sent", () => {
  // The need form's values: a select, a checkbox group and a text.
  const blank = { sector: "", aidTypes: [] as string[], cost: "", population: null as string | null };
  const refusal = { validationErrors: { formErrors: [], fieldErrors: { cost: ["amount"] } } };

  it("gives the select, the ticked boxes and the text back as sent, with the error beside its field", () => {
    const data = new FormData();
    data.append("sector", "HEATING");
    data.append("aidTypes", "GRANT");
    data.append("aidTypes", "EQUIPMENT");
    data.append("cost", "60,000.000,5");
    const { input, group } = bindFields(refusal, sentValues(data, blank));
    expect(input("sector")).toEqual({ name: "sector", defaultValue: "HEATING", error: undefined });
    expect(group("aidTypes")).toEqual({ name: "aidTypes", selected: ["GRANT", "EQUIPMENT"], error: undefined });
    expect(input("cost")).toEqual({ name: "cost", defaultValue: "60,000.000,5", error: "amount" });
  });

  it("keeps a field the form does not offer (null) as null, and reads it when it was sent", () => {
    expect(sentValues(new FormData(), blank).population).toBeNull();
    const data = new FormData();
    data.append("population", "25 000");
    expect(sentValues(data, blank).population).toBe("25 000");
  });

  it("cancels the reset React does after an action, for forms without a draft", () => {
    let cancelled = false;
    keepValuesOnReset({ preventDefault: () => (cancelled = true) } as unknown as FormEvent<HTMLFormElement>);
    expect(cancelled).toBe(true);
  });
});
