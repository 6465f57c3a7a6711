// Lighthouse for npm run bench (issue 17, point 4): the mobile preset (simulated 4× slower CPU and a
// slow 4G network) on the pages the issue names, in Debian's Chromium. Lighthouse itself is not a
// dependency of the app (about 60 MB of packages nobody else needs): npx fetches the pinned version
// from the npm registry the first time, and the bench says so when that is not possible.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export const LIGHTHOUSE_VERSION = "12.8.2";

export interface LighthouseResult {
  path: string;
  performance: number;
  accessibility: number;
  seo: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Largest contentful paint, ms. */
  lcp: number;
}

export const LIGHTHOUSE_TARGETS = { performance: 95, tbt: 200, accessibility: 100, seo: 100 };

/** One page through Lighthouse; null (with the reason on stderr) when it could not run. */
export function lighthouse(url: string, chromePath: string): Promise<LighthouseResult | null> {
  const args = [
    "--yes",
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,seo",
    `--chrome-path=${chromePath}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ];
  return new Promise((resolve) => {
    const child = spawn("npx", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => {
      try {
        const report = JSON.parse(out) as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, { numericValue?: number }>;
        };
        const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
        resolve({
          path: new URL(url).pathname,
          performance: score("performance"),
          accessibility: score("accessibility"),
          seo: score("seo"),
          tbt: report.audits["total-blocking-time"]?.numericValue ?? NaN,
          lcp: report.audits["largest-contentful-paint"]?.numericValue ?? NaN,
        });
      } catch {
        process.stderr.write(`lighthouse ${url} gave no report (exit ${code}): ${err.slice(-400)}\n`);
        resolve(null);
      }
    });
  });
}

/** CPU time (user + system, in clock ticks) the process has used so far, from /proc; null off Linux. */
function cpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  } catch {
    return null;
  }
}

/**
 * Waits until the server has been idle (under 5% of a core for a whole second), at most
 * `limitMs`: right after the load the server still finishes revalidations and garbage
 * collection, which Lighthouse's first page would otherwise pay for. Returns the ms waited.
 */
export async function waitForIdle(pid: number, limitMs = 30_000): Promise<number> {
  const started = Date.now();
  const TICKS_PER_SECOND = 100;
  let before = cpuTicks(pid);
  while (before !== null && Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTicks(pid);
    if (after === null) break;
    if ((after - before) / TICKS_PER_SECOND < 0.05) break;
    before = after;
  }
  return Date.now() - started;
}

/** The run with the median performance score of `runs` runs of one page (Lighthouse varies run to run). */
export async function medianLighthouse(url: string, chromePath: string, runs = 3): Promise<LighthouseResult | null> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, chromePath);
    if (result) results.push(result);
  }
  if (results.length === 0) return null;
  results.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
  return results[Math.floor((results.length - 1) / 2)]!;
}
