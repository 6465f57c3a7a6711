// Finds what the app exposes to the network, from the source tree: every exported function of
// a "use server" module (a server action) and every route handler. Tests that must cover all of
// them enumerate from here, so an action or route added later is covered without a new line.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(full);
  }
  return out;
}

/** "path/to/module.ts#exportName" for every exported function of every "use server" module under app/ and lib/. */
export async function discoverActions(): Promise<string[]> {
  const found: string[] = [];
  for (const file of [...walk(path.join(root, "app")), ...walk(path.join(root, "lib"))]) {
    const source = readFileSync(file, "utf8");
    if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) continue;
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${path.relative(root, file)}#${name}`);
  }
  return found.sort();
}

/** Every app/**\/route.ts that exports GET, relative to the repository root. */
export function discoverGetRoutes(): string[] {
  return walk(path.join(root, "app"))
    .filter((file) => /\/route\.tsx?$/.test(file))
    .filter((file) => /export\s+(async\s+)?(function\s+GET\b|const\s+\{[^}]*\bGET\b[^}]*\}|const\s+GET\b)/.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file))
    .sort();
}

/** The URL path a route file answers, with its dynamic segments' names: app/[locale]/events/[slug]/event.ics/route.ts. */
export function routePath(file: string): { segments: string[]; params: string[] } {
  const segments = path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== ".");
  return { segments, params: segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.replace(/^\[(\.\.\.)?|\]$/g, "")) };
}

/** "app/…/route.ts#POST" for every route handler that exports a writing method. */
export function discoverMutatingRoutes(): string[] {
  const found: string[] = [];
  for (const file of walk(path.join(root, "app")).filter((f) => /\/route\.tsx?$/.test(f))) {
    const source = readFileSync(file, "utf8");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      if (
        new RegExp(`export\\s+(async\\s+)?(function\\s+${method}\\b|const\\s+\\{[^}]*\\b${method}\\b[^}]*\\}|const\\s+${method}\\b)`).test(
          source,
        )
      ) {
        found.push(`${path.relative(root, file)}#${method}`);
      }
    }
  }
  return found.sort();
}
