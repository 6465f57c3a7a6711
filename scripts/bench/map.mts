// npm run bench:map — the map viewport endpoint on a large database (npm run bench:generate first).
// 1. Build: reading the public points and building the unfiltered cluster index (cold start).
// 2. Viewports: the route handler's work (parse, cluster query, JSON) for many 1280×800 px
//    viewports at every zoom 0–18, centred on listings and on random places, with and without
//    filters; prints p50/p95/p99 latency and max/avg payload raw and gzip.
// 3. Near me: the ten nearest organisations to random points.
// 4. If BENCH_URL is set (a running `npm run serve` on the same database): the same viewports over
//    HTTP, and the map page's first-load JavaScript (gzip sum of the scripts the page loads).
import { gzipSync } from "node:zlib";
import { db } from "../../lib/db/client";
import { loadPublicMapPoints } from "../../lib/map/points";
import { buildMapIndex } from "../../lib/map/cluster-index";
import { resetMapIndex } from "../../lib/map/index-cache";
import { mapIndex, mapNearby, mapViewport } from "../../lib/map/queries";
import { parseMapFilters } from "../../lib/map/filters";
import { Random } from "../../prisma/seed/util";
import { ms, summarize } from "./stats";

const perZoom = Number(process.env.BENCH_VIEWPORTS_PER_ZOOM ?? 40);
const width = 1280;
const height = 800;
const random = new Random("bench:map");

const filterCases: Record<string, string>[] = [
  {},
  { country: "DE" },
  { sector: "EDUCATION_YOUTH" },
  { kind: "DIASPORA_ASSOCIATION", language: "pl" },
  { layer: "communities", oblast: "UA46000000000026241" },
  { layer: "organizations", sector: "HUMANITARIAN_AID,HEALTHCARE" },
];

function bboxAround(lat: number, lng: number, zoom: number): string {
  // Web Mercator: the viewport's pixel size at this zoom, back to degrees.
  const world = 256 * 2 ** zoom;
  const x = ((lng + 180) / 360) * world;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world;
  const toLat = (py: number) => (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - (2 * Math.PI * py) / world));
  const west = ((x - width / 2) / world) * 360 - 180;
  const east = ((x + width / 2) / world) * 360 - 180;
  return [west, toLat(y + height / 2), east, toLat(y - height / 2)].map((v) => v.toFixed(5)).join(",");
}

const prisma = await db();
let began = performance.now();
const points = await loadPublicMapPoints(prisma);
const loadMs = performance.now() - began;
began = performance.now();
buildMapIndex(points, parseMapFilters({}));
const buildMs = performance.now() - began;
const organizations = points.filter((p) => p.type === "o").length;
console.log(
  `database: ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}; ${organizations} organisations + ${points.length - organizations} communities on the map`,
);
console.log(`cold start: read points ${ms(loadMs)}, build unfiltered index ${ms(buildMs)}`);
const filteredBuilds: number[] = [];
for (const params of filterCases.slice(1)) {
  const t0 = performance.now();
  buildMapIndex(points, parseMapFilters(params));
  filteredBuilds.push(performance.now() - t0);
}
console.log(`build filtered index: ${filteredBuilds.map(ms).join(", ")}`);

// Warm every filter's index once: the cache keeps them, as a running server does.
resetMapIndex();
for (const params of filterCases) await mapIndex(parseMapFilters(params));

const viewports: URLSearchParams[] = [];
for (let zoom = 0; zoom <= 18; zoom++) {
  for (let i = 0; i < perZoom; i++) {
    const centre = i % 4 === 3 ? { lat: random.next() * 120 - 55, lng: random.next() * 360 - 180 } : random.pick(points);
    const filters = filterCases[i % filterCases.length]!;
    viewports.push(
      new URLSearchParams({ ...filters, zoom: String(zoom), bbox: bboxAround(centre.lat, centre.lng, zoom), locale: i % 2 ? "uk" : "en" }),
    );
  }
}

const times: number[] = [];
const raw: number[] = [];
const gzip: number[] = [];
const biggest = { raw: 0, zoom: 0, query: "" };
for (const params of viewports) {
  const t0 = performance.now();
  const body = JSON.stringify(await mapViewport(params));
  times.push(performance.now() - t0);
  const bytes = Buffer.byteLength(body);
  raw.push(bytes);
  gzip.push(gzipSync(body).length);
  if (bytes > biggest.raw) Object.assign(biggest, { raw: bytes, zoom: Number(params.get("zoom")), query: params.toString() });
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const avg = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
const s = summarize(times);
console.log(
  `viewports (${width}×${height} px, zoom 0–18, ${filterCases.length} filter sets): n=${s.n} p50=${ms(s.p50)} p95=${ms(s.p95)} p99=${ms(s.p99)} max=${ms(s.max)}`,
);
console.log(`payload: raw max ${kb(Math.max(...raw))} avg ${kb(avg(raw))}; gzip max ${kb(Math.max(...gzip))} avg ${kb(avg(gzip))}`);
console.log(`largest: zoom ${biggest.zoom} ${decodeURIComponent(biggest.query)}`);

const nearTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  await mapNearby(new URLSearchParams({ near: `${(random.next() * 120 - 55).toFixed(4)},${(random.next() * 360 - 180).toFixed(4)}` }));
  nearTimes.push(performance.now() - t0);
}
const n = summarize(nearTimes);
console.log(`near me (10 nearest of ${organizations}): n=${n.n} p50=${ms(n.p50)} p95=${ms(n.p95)} p99=${ms(n.p99)}`);

const base = process.env.BENCH_URL;
if (base) {
  const http: number[] = [];
  for (const params of viewports.slice(0, 20)) await fetch(`${base}/api/v1/map?${params}`).then((r) => r.text());
  for (const params of viewports) {
    const t0 = performance.now();
    const response = await fetch(`${base}/api/v1/map?${params}`, { headers: { "accept-encoding": "gzip" } });
    await response.arrayBuffer();
    http.push(performance.now() - t0);
  }
  const h = summarize(http);
  console.log(`over HTTP (${base}): n=${h.n} p50=${ms(h.p50)} p95=${ms(h.p95)} p99=${ms(h.p99)}`);
  // First-load JavaScript: every <script src> of the server-rendered page, gzip-compressed here,
  // except `nomodule` ones (the polyfills only browsers without ES modules download).
  const html = await fetch(`${base}/en/map`).then((r) => r.text());
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bnomodule\b/i.test(tag))
    .flatMap((tag) => tag.match(/\bsrc="([^"]+\.js[^"]*)"/)?.[1] ?? []);
  let total = 0;
  for (const src of new Set(sources)) total += gzipSync(await fetch(new URL(src, base)).then((r) => r.text())).length;
  console.log(
    `map page first-load JavaScript: ${new Set(sources).size} scripts, ${kb(total)} gzip (Leaflet and the map component load after, in a lazy chunk)`,
  );
  await measurePanning(base);
}
await prisma.$disconnect();

/**
 * Frames while panning in Chromium (Debian's, headless): drags the map 30 times across Europe
 * and Ukraine with tiles blocked, and records the time between animation frames meanwhile.
 */
async function measurePanning(base: string): Promise<void> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.goto(`${base}/en/map?lat=50&lng=20&z=5`);
    await page.locator(".atlas-cluster").first().waitFor();
    const box = (await page.locator(".leaflet-container").boundingBox())!;
    // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (let i = 0; i < 30; i++) {
      const dx = (i % 2 === 0 ? 1 : -1) * 300;
      const dy = (i % 3 === 0 ? 1 : -1) * 120;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 12 });
      await page.mouse.up();
      await page.waitForTimeout(150); // the viewport request and redraw
    }
    const frames = (await page.evaluate("window.__frames.slice(1)")) as number[];
    const f = summarize(frames);
    console.log(`panning in Chromium: ${f.n} frames, p50=${ms(f.p50)} p95=${ms(f.p95)} p99=${ms(f.p99)} max=${ms(Math.max(...frames))}`);
  } finally {
    await browser.close();
  }
}
