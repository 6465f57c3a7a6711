// A partnership as an IATI activity (International Aid Transparency Initiative, standard 2.03):
// its two sides as participating organisations, its money as transactions of type 2
// (commitment), 3 (disbursement) and 4 (expenditure), its milestones as results, its evidence as
// document links. Written by hand (a page of elements, with one escaping function) rather than
// through an XML library: the order of elements is the standard's, and nothing here is parsed.
// Pure: lib/recovery/open-data.ts reads the rows.
export interface IatiActivityInput {
  identifier: string;
  lastUpdated: Date;
  title: Record<string, string>;
  description: Record<string, string>;
  status: "ACTIVE" | "COMPLETED";
  startDate: Date | null;
  endDate: Date | null;
  organization: { name: string; country: string };
  partner: { name: string; kind: "community" | "organization"; country: string; point?: { lat: number; lng: number } };
  url: string;
  transactions: {
    flow: "COMMITMENT" | "DISBURSEMENT" | "EXPENDITURE";
    date: Date;
    amount: number;
    currency: string;
    provider: string;
    receiver: string;
    description: string | null;
  }[];
  milestones: { title: Record<string, string>; status: string; evidence: { url: string; contentType: string; title: string }[] }[];
}

const TRANSACTION_TYPE = { COMMITMENT: "2", DISBURSEMENT: "3", EXPENDITURE: "4" } as const;

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all.
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function narratives(text: Record<string, string>, indent: string): string {
  return Object.entries(text)
    .filter(([, value]) => value)
    .map(([lang, value]) => `${indent}<narrative xml:lang="${escapeXml(lang)}">${escapeXml(value)}</narrative>`)
    .join("\n");
}

export function iatiActivityXml(activity: IatiActivityInput, generated = new Date()): string {
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<iati-activities version="2.03" generated-datetime="${generated.toISOString()}">`,
    `  <iati-activity last-updated-datetime="${activity.lastUpdated.toISOString()}" xml:lang="en" default-currency="EUR">`,
    `    <iati-identifier>${escapeXml(activity.identifier)}</iati-identifier>`,
    `    <reporting-org ref="XX-DIASPORA-ATLAS" type="90">`,
    `      <narrative>Diaspora Atlas</narrative>`,
    `    </reporting-org>`,
    `    <title>`,
    narratives(activity.title, "      "),
    `    </title>`,
  ];
  if (Object.values(activity.description).some(Boolean))
    lines.push(`    <description type="1">`, narratives(activity.description, "      "), `    </description>`);
  // role 1: funding; role 4: implementing (the community, or the partner organisation).
  lines.push(
    `    <participating-org role="1" type="90">`,
    `      <narrative>${escapeXml(activity.organization.name)}</narrative>`,
    `    </participating-org>`,
    `    <participating-org role="4" type="${activity.partner.kind === "community" ? "10" : "90"}">`,
    `      <narrative>${escapeXml(activity.partner.name)}</narrative>`,
    `    </participating-org>`,
    // 2: implementation, 3: finalisation.
    `    <activity-status code="${activity.status === "COMPLETED" ? "3" : "2"}"/>`,
  );
  if (activity.startDate) lines.push(`    <activity-date type="2" iso-date="${day(activity.startDate)}"/>`);
  if (activity.endDate) lines.push(`    <activity-date type="4" iso-date="${day(activity.endDate)}"/>`);
  lines.push(`    <recipient-country code="UA" percentage="100"/>`);
  if (activity.partner.point)
    lines.push(
      `    <location>`,
      `      <name><narrative>${escapeXml(activity.partner.name)}</narrative></name>`,
      `      <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos>${activity.partner.point.lat} ${activity.partner.point.lng}</pos></point>`,
      `    </location>`,
    );
  for (const t of activity.transactions)
    lines.push(
      `    <transaction>`,
      `      <transaction-type code="${TRANSACTION_TYPE[t.flow]}"/>`,
      `      <transaction-date iso-date="${day(t.date)}"/>`,
      `      <value currency="${escapeXml(t.currency)}" value-date="${day(t.date)}">${t.amount.toFixed(2)}</value>`,
      ...(t.description ? [`      <description><narrative>${escapeXml(t.description)}</narrative></description>`] : []),
      `      <provider-org><narrative>${escapeXml(t.provider)}</narrative></provider-org>`,
      `      <receiver-org><narrative>${escapeXml(t.receiver)}</narrative></receiver-org>`,
      `    </transaction>`,
    );
  lines.push(
    `    <document-link url="${escapeXml(activity.url)}" format="text/html">`,
    `      <title><narrative>Partnership page</narrative></title>`,
    `      <category code="A01"/>`,
    `    </document-link>`,
  );
  for (const m of activity.milestones)
    for (const e of m.evidence)
      lines.push(
        `    <document-link url="${escapeXml(e.url)}" format="${escapeXml(e.contentType)}">`,
        `      <title><narrative>${escapeXml(e.title)}</narrative></title>`,
        // A07: review of project performance and evaluation (the nearest code for proof of delivery).
        `      <category code="A07"/>`,
        `    </document-link>`,
      );
  for (const m of activity.milestones)
    lines.push(
      `    <result type="1">`,
      `      <title>`,
      narratives(m.title, "        "),
      `      </title>`,
      `      <description><narrative>Status: ${escapeXml(m.status)}</narrative></description>`,
      `    </result>`,
    );
  lines.push(`  </iati-activity>`, `</iati-activities>`, "");
  return lines.join("\n");
}
