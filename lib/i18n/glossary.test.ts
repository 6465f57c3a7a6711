// messages/GLOSSARY.md fixes each product term per language; its vocabulary tables are written
// from the messages (scripts/i18n/glossary.py). A word changed in a message file without
// regenerating the glossary fails here, so the glossary never names a word the pages do not use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "./localized-text";

const dir = path.resolve(__dirname, "../../messages");
const glossary = readFileSync(path.join(dir, "GLOSSARY.md"), "utf8");
const vocabularies = ["sector", "aidType", "cooperationGoal", "partnershipForm", "organizationKind", "eventType", "aidFlow"] as const;

describe("messages/GLOSSARY.md", () => {
  it.each(vocabularies)("lists every %s in all six languages as the messages write it", (namespace) => {
    // The table under "## … (`namespace`)": codes repeat across vocabularies (HUMANITARIAN_AID).
    const section = glossary.split("\n## ").find((part) => part.split("\n")[0]!.includes(`(\`${namespace}\`)`)) ?? "";
    const rows = new Map(
      section
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        // Cells between unescaped pipes, trimmed: Prettier may pad a table's columns.
        .map((line) =>
          line
            .split(/(?<!\\)\|/)
            .slice(1, -1)
            .map((cell) => cell.trim().replace(/`/g, "").replace(/\\\|/g, "|")),
        )
        .map((cells) => [cells[0]!, cells.slice(1)] as const),
    );
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Record<string, Record<string, string>>;
      for (const [code, word] of Object.entries(messages[namespace]!)) {
        expect(rows.get(code)?.[locales.indexOf(locale)], `${namespace}.${code} in ${locale}`).toBe(word);
      }
    }
  });
});
