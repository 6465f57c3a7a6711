import { describe, expect, it } from "vitest";
import { escapeXml, iatiActivityXml, type IatiActivityInput } from "./iati";

const activity: IatiActivityInput = {
  identifier: "XX-DIASPORA-ATLAS-bus-for-berezhany",
  lastUpdated: new Date("2026-12-01T10:00:00Z"),
  title: { uk: "Автобус для ліцею", en: "A bus for the lyceum <& co>" },
  description: { en: "" },
  status: "ACTIVE",
  startDate: new Date("2026-03-01T00:00:00Z"),
  endDate: null,
  organization: { name: "Bridges for Schools", country: "DE" },
  partner: { name: "Бережанська громада", kind: "community", country: "UA", point: { lat: 49.45, lng: 24.94 } },
  url: "https://atlas.example/en/partnerships/bus",
  transactions: [
    {
      flow: "COMMITMENT",
      date: new Date("2026-03-02T00:00:00Z"),
      amount: 42000,
      currency: "EUR",
      provider: "Bridges",
      receiver: "Berezhany",
      description: null,
    },
    {
      flow: "DISBURSEMENT",
      date: new Date("2026-04-02T00:00:00Z"),
      amount: 20000.5,
      currency: "EUR",
      provider: "Bridges",
      receiver: "Berezhany",
      description: "1 × school bus",
    },
  ],
  milestones: [
    {
      title: { en: "Bus delivered" },
      status: "CONFIRMED",
      evidence: [{ url: "https://atlas.example/api/v1/evidence/x", contentType: "image/jpeg", title: "Photo" }],
    },
  ],
};

describe("iatiActivityXml", () => {
  const xml = iatiActivityXml(activity, new Date("2026-12-07T00:00:00Z"));
  it("writes each flow with its IATI transaction type and value", () => {
    expect(xml).toContain('<transaction-type code="2"/>');
    expect(xml).toContain('<transaction-type code="3"/>');
    expect(xml).toContain('<value currency="EUR" value-date="2026-04-02">20000.50</value>');
  });
  it("escapes text and keeps both languages", () => {
    expect(xml).toContain("A bus for the lyceum &lt;&amp; co&gt;");
    expect(xml).toContain('<narrative xml:lang="uk">Автобус для ліцею</narrative>');
    expect(xml).not.toContain('<description type="1">'); // an empty description is left out
  });
  it("links evidence and names the activity's status and place", () => {
    expect(xml).toContain('<document-link url="https://atlas.example/api/v1/evidence/x" format="image/jpeg">');
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain("<pos>49.45 24.94</pos>");
  });
  it("drops characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u0007c")).toBe("abc");
  });
});
