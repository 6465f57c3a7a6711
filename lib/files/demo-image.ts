// Demo photos for the seed, made here rather than downloaded (these machines reach no image
// host, and invented evidence should not look like anybody's real site): a simple scene drawn as
// SVG, its colours and shapes chosen from `seed`, with `label` written across the bottom, rendered
// by sharp's librsvg to a JPEG. The same seed and label always give the same picture.
// No "server-only" here: the database seed runs this under tsx, outside Next (see ./evidence.ts).
import { createHash } from "node:crypto";
import sharp from "sharp";
import { IMAGE_JPEG_QUALITY } from "./limits";

const WIDTH = 1200;
const HEIGHT = 800;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** A JPEG of WIDTH × HEIGHT px showing a coloured scene chosen by `seed` and `label` as text. */
export async function demoEvidenceImage(seed: string, label: string): Promise<Buffer> {
  // 32 pseudo-random bytes from the seed: each shape reads its own.
  const r = createHash("sha256").update(seed).digest();
  const byte = (i: number) => r[i % r.length]!;
  const hue = Math.round((byte(0) / 255) * 360);
  const sky = `hsl(${hue}, 55%, 72%)`;
  const skyLow = `hsl(${(hue + 30) % 360}, 60%, 88%)`;
  const ground = `hsl(${(hue + 140) % 360}, 35%, 42%)`;
  const wall = `hsl(${(hue + 200) % 360}, 25%, ${55 + (byte(1) % 25)}%)`;
  const roof = `hsl(${(hue + 10) % 360}, 50%, 35%)`;
  const sunX = 150 + (byte(2) / 255) * 900;
  const buildingX = 200 + (byte(3) / 255) * 500;
  const buildingW = 260 + (byte(4) % 140);
  const buildingH = 180 + (byte(5) % 120);
  const groundY = 560;
  const windows = Array.from({ length: 2 + (byte(6) % 3) }, (_, i) => {
    const x = buildingX + 30 + i * 70;
    return x + 40 < buildingX + buildingW
      ? `<rect x="${x}" y="${groundY - buildingH + 40}" width="40" height="50" fill="#fdf6d8" stroke="#333" stroke-width="3"/>`
      : "";
  }).join("");
  // Long labels are cut rather than shrunk to nothing; the full text belongs in the page anyway.
  const text = escapeXml(label.length > 60 ? `${label.slice(0, 59)}…` : label);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${skyLow}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="150" r="70" fill="#ffd54a" opacity="0.9"/>
  <rect x="0" y="${groundY}" width="${WIDTH}" height="${HEIGHT - groundY}" fill="${ground}"/>
  <rect x="${buildingX}" y="${groundY - buildingH}" width="${buildingW}" height="${buildingH}" fill="${wall}" stroke="#333" stroke-width="4"/>
  <polygon points="${buildingX - 20},${groundY - buildingH} ${buildingX + buildingW / 2},${groundY - buildingH - 110} ${buildingX + buildingW + 20},${groundY - buildingH}" fill="${roof}"/>
  ${windows}
  <rect x="${buildingX + buildingW / 2 - 30}" y="${groundY - 90}" width="60" height="90" fill="#6b4a2b"/>
  <rect x="0" y="${HEIGHT - 120}" width="${WIDTH}" height="120" fill="#000" opacity="0.55"/>
  <text x="40" y="${HEIGHT - 48}" font-family="DejaVu Sans, Noto Sans, Liberation Sans, sans-serif" font-size="44" fill="#ffffff">${text}</text>
</svg>`;

  return sharp(Buffer.from(svg)).jpeg({ quality: IMAGE_JPEG_QUALITY, mozjpeg: true }).toBuffer();
}
