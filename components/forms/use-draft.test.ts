import { describe, expect, it } from "vitest";
import { sentValues } from "./use-draft";

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
