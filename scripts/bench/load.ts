// One benchmark case under autocannon: N connections for some seconds against one path (or a
// list taken in turn), every request from its own client address (X-Forwarded-For, with the
// server trusting one proxy hop) so the per-address rate limits of the public APIs measure the
// app, not the limiter. Latencies are kept per response, for exact p50/p95/p99; the server's
// memory is sampled meanwhile (RSS of its whole process group, from /proc).
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { summarize } from "./stats";

interface AutocannonRequest {
  path?: string;
  headers?: Record<string, string>;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[];
  timeout: number;
}) => AutocannonInstance;
// autocannon ships no types; this is the part of its API we use.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface CaseResult {
  reqPerSec: number;
  total: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 2xx (3xx included), socket errors and timeouts. */
  bad: number;
  statuses: Record<string, number>;
  peakRssMb: number;
}

let clientNumber = 0;
/** Addresses from the benchmarking range 198.18.0.0/15, one per request. */
const nextAddress = () => {
  const n = clientNumber++ % 131_072;
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
};

export async function runCase(options: {
  base: string;
  host: string;
  paths: string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  serverPid: number;
}): Promise<CaseResult> {
  let turn = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const sampler = sampleRss(options.serverPid);
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    headers: { host: options.host, "accept-encoding": "gzip", ...options.headers },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: options.paths[turn++ % options.paths.length],
          headers: { ...request.headers, "x-forwarded-for": nextAddress() },
        }),
      },
    ],
  });
  instance.on("response", (_client, status, _bytes, ms) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  const peakRssMb = sampler.stop();
  const s = summarize(latencies);
  return {
    reqPerSec: result.requests.total / result.duration,
    total: result.requests.total,
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    statuses,
    peakRssMb,
  };
}

/** RSS in MB of a process and every process in its group (Next may start workers). */
export function rssMb(pid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(entry) !== pid && Number(fields[2]) !== pid) continue;
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return kb / 1024;
}

function sampleRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 500);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}
