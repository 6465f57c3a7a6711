// Every namespace a client component translates with must reach the browser: a missing one would
// show raw keys. Reads the source of every "use client" file under app/ and components/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { clientNamespaces, pickClientMessages } from "./client-messages";

const root = path.resolve(__dirname, "../..");
function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}
const clientFiles = [...walk(path.join(root, "app")), ...walk(path.join(root, "components"))]
  .map((file) => readFileSync(file, "utf8"))
  .filter((source) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source));

describe("client messages", () => {
  it("include every namespace a client component reads", () => {
    const used = new Set(clientFiles.flatMap((source) => [...source.matchAll(/useTranslations\(["']([\w]+)/g)].map((match) => match[1]!)));
    expect(clientFiles.length).toBeGreaterThan(10);
    expect([...used].filter((ns) => !(clientNamespaces as readonly string[]).includes(ns))).toEqual([]);
  });

  it("refuse un-namespaced translators in client components, which would need every message", () => {
    expect(clientFiles.filter((source) => /useTranslations\(\)/.test(source))).toEqual([]);
  });

  it("send a part of the messages, not all", () => {
    const picked = pickClientMessages(en);
    expect(Object.keys(picked).length).toBe(clientNamespaces.length);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length * 0.8);
  });
});
