// Draws the add-in icons (assets/icon-<size>.png): a green tile holding a
// white spreadsheet with a ruled header, and an amber "target reached" badge
// with a tick. Drawn in code so every size is crisp and the artwork can be
// changed in one place; run `node scripts/draw-icons.mjs` and commit the PNGs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const GREEN_TOP = [0x21, 0xa3, 0x66];
const GREEN_BOTTOM = [0x0b, 0x6a, 0x3a];
const WHITE = [0xff, 0xff, 0xff];
const HEADER = [0xc8, 0xea, 0xd5];
const RULE = [0x6c, 0xb8, 0x8c];
const AMBER = [0xff, 0xb9, 0x00];
const TICK = [0x0b, 0x4f, 0x2a];

/** Distance from point p to segment a–b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius, Math.min(right - radius, x));
  const cy = Math.max(top + radius, Math.min(bottom - radius, y));
  return x >= left && x <= right && y >= top && y <= bottom && Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * The artwork as painted layers in unit coordinates (0..1, y down). Line
 * widths never drop below one pixel and rules sit on pixel centres, so the
 * 16 px ribbon icon stays sharp instead of turning into grey mush.
 */
function layers(size) {
  const px = 1 / size;
  const edge = (v) => Math.round(v * size) / size;
  const pixelCentre = (v) => (Math.floor(v * size) + 0.5) / size;
  const rule = Math.max(0.03, px);
  const sheet = { left: edge(0.16), top: edge(0.19), right: edge(0.84), bottom: edge(0.81) };
  const headerBottom = edge(0.35);
  const columns = [0.38, 0.6].map(pixelCentre);
  const rows = size < 24 ? [0.58].map(pixelCentre) : [0.5, 0.65].map(pixelCentre);
  // At ribbon size the badge grows so the tick inside it stays readable.
  const badge = size < 24 ? { x: 0.7, y: 0.7, r: 0.28 } : { x: 0.73, y: 0.73, r: 0.225 };
  const tickWidth = Math.max(0.06, 1.7 * px);
  // Tick corners as offsets from the badge centre, in badge radii.
  const tick = [
    [-0.42, 0.02],
    [-0.11, 0.33],
    [0.44, -0.31],
  ].map(([dx, dy]) => [badge.x + dx * badge.r, badge.y + dy * badge.r]);

  return [
    {
      // Tile with a gentle top-to-bottom gradient, like the Office app icons.
      inside: (x, y) => insideRoundedRect(x, y, edge(0.03), edge(0.03), edge(0.97), edge(0.97), 0.17),
      color: (x, y) => GREEN_TOP.map((c, i) => Math.round(c + (GREEN_BOTTOM[i] - c) * y)),
    },
    {
      inside: (x, y) => insideRoundedRect(x, y, sheet.left, sheet.top, sheet.right, sheet.bottom, 0.05),
      color: () => WHITE,
    },
    {
      inside: (x, y) =>
        insideRoundedRect(x, y, sheet.left, sheet.top, sheet.right, sheet.bottom, 0.05) && y < headerBottom,
      color: () => HEADER,
    },
    {
      inside: (x, y) =>
        x > sheet.left &&
        x < sheet.right &&
        y > sheet.top &&
        y < sheet.bottom &&
        (columns.some((c) => Math.abs(x - c) <= rule / 2) || rows.some((r) => Math.abs(y - r) <= rule / 2)),
      color: () => RULE,
    },
    {
      // White ring so the badge reads as sitting on top of the sheet.
      inside: (x, y) => Math.hypot(x - badge.x, y - badge.y) <= badge.r + Math.max(0.045, 1.2 * px),
      color: () => WHITE,
    },
    {
      inside: (x, y) => Math.hypot(x - badge.x, y - badge.y) <= badge.r,
      color: () => AMBER,
    },
    {
      inside: (x, y) =>
        segmentDistance(x, y, ...tick[0], ...tick[1]) <= tickWidth / 2 ||
        segmentDistance(x, y, ...tick[1], ...tick[2]) <= tickWidth / 2,
      color: () => TICK,
    },
  ];
}

/** Renders RGBA pixels with 8×8 supersampling for smooth edges. */
function render(size) {
  const samples = 8;
  const painted = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Sum premultiplied colour over the sub-samples, then average.
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = null;
          for (const layer of painted) {
            if (layer.inside(x, y)) colour = layer.color(x, y);
          }
          if (colour) {
            sum[0] += colour[0];
            sum[1] += colour[1];
            sum[2] += colour[2];
            sum[3] += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      const coverage = sum[3];
      for (let i = 0; i < 3; i++) rgba[offset + i] = coverage ? Math.round(sum[i] / coverage) : 0;
      rgba[offset + 3] = Math.round((255 * coverage) / (samples * samples));
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
