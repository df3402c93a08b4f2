// Draws the app icons (the envelope of favicon.svg) as PNG files with node's own zlib, nothing else: the files are
// committed in src/icons/, and this script makes the same pixels again (`node tools/make-icons.mjs`).
// "any" icons: the blue envelope on a transparent ground, like the favicon. "maskable" icons: a full blue square
// with a white envelope inside the central safe circle (radius 40 %), so any mask shape the platform applies keeps it.
import { deflateSync } from 'node:zlib';
import fs from 'node:fs';

const BLUE = [0x1f, 0x5f, 0xbf, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
const SAMPLES = 4; // 4 x 4 samples a pixel smooth the edges

function inRoundedRect(x, y, left, top, width, height, radius) {
  if (x < left || y < top || x > left + width || y > top + height) return false;
  const cx = Math.min(Math.max(x, left + radius), left + width - radius);
  const cy = Math.min(Math.max(y, top + radius), top + height - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= halfWidth ** 2;
}

const nearPolyline = (x, y, points, halfWidth) => points.slice(1).some((p, i) => nearSegment(x, y, points[i], p, halfWidth));

/** The colour at a point of the 32 x 32 design grid. */
const DESIGNS = {
  any(x, y) {
    if (!inRoundedRect(x, y, 2, 6, 28, 20, 3)) return CLEAR;
    return nearPolyline(x, y, [[4, 9], [16, 18], [28, 9]], 1.25) ? WHITE : BLUE;
  },
  maskable(x, y) {
    if (!inRoundedRect(x, y, 8, 10.5, 16, 11, 1.5)) return BLUE;
    return nearPolyline(x, y, [[9, 12], [16, 17.25], [23, 12]], 0.9) ? BLUE : WHITE;
  },
};

function render(design, size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = design(((px + (sx + 0.5) / SAMPLES) * 32) / size, ((py + (sy + 0.5) / SAMPLES) * 32) / size);
          for (let c = 0; c < 3; c++) sum[c] += colour[c] * colour[3];
          sum[3] += colour[3];
        }
      }
      const at = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = sum[3] / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) raw[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      raw[at + 3] = Math.round(alpha);
    }
  }
  return png(size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../src/icons/', import.meta.url);
fs.mkdirSync(out, { recursive: true });
for (const [name, design] of Object.entries(DESIGNS)) {
  for (const size of [192, 512]) {
    const file = new URL(`${name === 'any' ? 'icon' : 'maskable'}-${size}.png`, out);
    fs.writeFileSync(file, render(design, size));
    console.log(`${file.pathname} ${fs.statSync(file).size} bytes`);
  }
}
