#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-*.png) with a tiny PNG encoder: no image tools needed.
 *   icon-16/32/64/80/128  the add-in (a green sheet with a check mark), for the manifest and the store
 *   icon-check-16/32/80   ribbon button 检查目标表 (a form with a check mark)
 *   icon-fill-16/32/80    ribbon button 填充评价结果 (a table whose last column is being filled)
 * Shapes are signed distance functions, 4×4 supersampled for smooth edges. Run: node scripts/make-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// ---------------------------------------------------------------- PNG encoding (RGBA, 8 bit)
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- shapes (unit square, y down)
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w / 2;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const GREEN = hex('#217346');
const DARK = hex('#185C37');
const WHITE = hex('#FFFFFF');
const LINE = hex('#A9C8B5');
const GOLD = hex('#F2B01E');
const BLUE = hex('#0F6CBD');
const GREY = hex('#5C5C5C');

/** Layers painted in order: [shape, colour]. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const [shape, colour] of layers) if (shape(x, y) <= 0) c = colour;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return encodePng(size, out);
}


const ICONS = {
  // The add-in: Excel-green tile, a white sheet with rows, a gold check mark.
  icon: [
    [roundRect(0.04, 0.04, 0.96, 0.96, 0.16), GREEN],
    [roundRect(0.2, 0.14, 0.8, 0.86, 0.05), WHITE],
    [union(segment(0.3, 0.3, 0.7, 0.3, 0.05), segment(0.3, 0.42, 0.7, 0.42, 0.05)), LINE],
    [union(segment(0.36, 0.6, 0.48, 0.72, 0.11), segment(0.48, 0.72, 0.72, 0.46, 0.11)), GOLD],
  ],
  // 检查目标表: a form (outlined page with lines) and a green check mark.
  'icon-check': [
    [roundRect(0.14, 0.06, 0.78, 0.94, 0.06), GREY],
    [roundRect(0.19, 0.11, 0.73, 0.89, 0.03), WHITE],
    [union(segment(0.28, 0.26, 0.64, 0.26, 0.06), segment(0.28, 0.4, 0.64, 0.4, 0.06)), GREY],
    [circle(0.68, 0.7, 0.28), GREEN],
    [union(segment(0.55, 0.7, 0.64, 0.8, 0.08), segment(0.64, 0.8, 0.81, 0.6, 0.08)), WHITE],
  ],
  // 填充评价结果: a table whose right column fills in blue, with a down arrow.
  'icon-fill': [
    [roundRect(0.06, 0.1, 0.94, 0.9, 0.06), GREY],
    [roundRect(0.11, 0.15, 0.89, 0.85, 0.02), WHITE],
    [union(segment(0.1, 0.38, 0.9, 0.38, 0.05), segment(0.1, 0.62, 0.9, 0.62, 0.05), segment(0.42, 0.12, 0.42, 0.88, 0.05)), GREY],
    [roundRect(0.6, 0.41, 0.86, 0.82, 0.02), BLUE],
    [union(segment(0.73, 0.14, 0.73, 0.3, 0.09), segment(0.63, 0.22, 0.73, 0.32, 0.08), segment(0.83, 0.22, 0.73, 0.32, 0.08)), DARK],
  ],
};

const SIZES = { icon: [16, 32, 64, 80, 128], 'icon-check': [16, 32, 80], 'icon-fill': [16, 32, 80] };

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, layers] of Object.entries(ICONS)) {
    for (const size of SIZES[name]) {
      const file = path.join(dir, `${name}-${size}.png`);
      fs.writeFileSync(file, render(size, layers));
      process.stdout.write(`wrote assets/${name}-${size}.png\n`);
    }
  }
}

if (require.main === module) main();
module.exports = { encodePng, render };
