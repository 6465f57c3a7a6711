import { describe, expect, it } from "vitest";
import { refusalReason } from "./action-result";
import { bindFields } from "./bind-fields";

const values = { titleUk: "Назва", titleEn: "Title", email: "a@example.org", sectors: ["EDUCATION"], population: null as string | null };
const result = { validationErrors: { formErrors: [], fieldErrors: { email: ["invalid"], titleEn: ["required"], sectors: ["invalid"] } } };

describe("bindFields", () => {
  it("gives a control its name, the value it starts with and its error key", () => {
    const { input, group, error } = bindFields(result, values);
    expect(input("email")).toEqual({ name: "email", defaultValue: "a@example.org", error: "invalid" });
    expect(input("titleUk")).toEqual({ name: "titleUk", defaultValue: "Назва", error: undefined });
    expect(group("sectors")).toEqual({ name: "sectors", selected: ["EDUCATION"], error: "invalid" });
    expect(error("population")).toBeUndefined();
  });

  it("gives a FieldPair both texts and the errors of both fields", () => {
    const { pair } = bindFields(result, values);
    const props = pair("title");
    expect(props.name).toBe("title");
    expect(props.values).toEqual(["Назва", "Title"]);
    expect(props.error("titleEn")).toBe("required");
    expect(props.error("titleUk")).toBeUndefined();
  });

  it("gives a FieldPair the texts in the other languages, undefined where the form has none", () => {
    const { pair } = bindFields(undefined, { ...values, titleDe: "Titel", titleFr: "", titlePl: "", titleIt: "Titolo" });
    expect(pair("title").others).toEqual({ de: "Titel", fr: "", pl: "", it: "Titolo" });
    expect(bindFields(undefined, values).pair("title").others).toEqual({ de: undefined, fr: undefined, pl: undefined, it: undefined });
  });

  it("has no errors before the form is sent", () => {
    expect(bindFields({}, values).input("email").error).toBeUndefined();
  });
});

describe("refusalReason", () => {
  it("is the reason of a refusal, and nothing otherwise", () => {
    expect(refusalReason({ data: { ok: false, reason: "UNKNOWN_PLACE" } })).toBe("UNKNOWN_PLACE");
    expect(refusalReason({ data: { ok: true } })).toBeUndefined();
    expect(refusalReason({ serverError: "UNEXPECTED" })).toBeUndefined();
    expect(refusalReason(undefined)).toBeUndefined();
  });
});
