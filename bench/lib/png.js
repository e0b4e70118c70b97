'use strict';
/**
 * A tiny raster canvas and PNG encoder (Node's zlib only) with a built-in
 * 5x7 bitmap font, and the two charts the benchmarks draw: lines over cycles
 * and grouped bars. No dependency, no native code.
 */

const zlib = require('zlib');

// 5x7 glyphs, one string of 7 rows of 5 bits each; lower case is drawn as upper case.
const FONT = {
  ' ': '00000000000000000000000000000000000', '0': '01110100011001110101110011000101110', '1': '00100011000010000100001000010001110',
  '2': '01110100010000100010001000100011111', '3': '11111000100010000010000011000101110', '4': '00010001100101010010111110001000010',
  '5': '11111100001111000001000011000101110', '6': '00110010001000011110100011000101110', '7': '11111000010001000100010000100001000',
  '8': '01110100011000101110100011000101110', '9': '01110100011000101111000010001001100', A: '01110100011000111111100011000110001',
  B: '11110100011000111110100011000111110', C: '01110100011000010000100001000101110', D: '11100100101000110001100011001011100',
  E: '11111100001000011110100001000011111', F: '11111100001000011110100001000010000', G: '01110100011000010111100011000101111',
  H: '10001100011000111111100011000110001', I: '01110001000010000100001000010001110', J: '00111000100001000010000101001001100',
  K: '10001100101010011000101001001010001', L: '10000100001000010000100001000011111', M: '10001110111010110101100011000110001',
  N: '10001100011100110101100111000110001', O: '01110100011000110001100011000101110', P: '11110100011000111110100001000010000',
  Q: '01110100011000110001101011001001101', R: '11110100011000111110101001001010001', S: '01111100001000001110000010000111110',
  T: '11111001000010000100001000010000100', U: '10001100011000110001100011000101110', V: '10001100011000110001100010101000100',
  W: '10001100011000110101101011010101010', X: '10001100010101000100010101000110001', Y: '10001100010101000100001000010000100',
  Z: '11111000010001000100010001000011111', '.': '00000000000000000000000000110001100', ',': '00000000000000000000011000010001000',
  '-': '00000000000000011111000000000000000', '+': '00000001000010011111001000010000000', '/': '00000000010001000100010001000000000',
  '(': '00010001000100001000010000010000010', ')': '01000001000001000010000100010001000', ':': '00000011000110000000011000110000000',
  '%': '11000110010001000100010001001100011', '=': '00000000001111100000111110000000000', '_': '00000000000000000000000000000011111',
  '<': '00010001000100010000010000010000010', '>': '01000001000001000001000100010001000', '[': '01110010000100001000010000100001110',
  ']': '01110000100001000010000100001001110', "'": '01100001000100000000000000000000000', '*': '00000001001010101110101010010000000',
  '#': '01010010101111101010111110101001010', '?': '01110100010000100010001000000000100', '!': '00100001000010000100001000000000100',
  '~': '00000000000100010101000100000000000', '|': '00100001000010000100001000010000100',
};

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const hex = (s) => [parseInt(s.slice(1, 3), 16), parseInt(s.slice(3, 5), 16), parseInt(s.slice(5, 7), 16), 255];

class Canvas {
  constructor(width, height, background = '#ffffff') {
    this.width = width;
    this.height = height;
    this.px = Buffer.alloc(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  set(x, y, color) {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const c = typeof color === 'string' ? hex(color) : color;
    const i = (y * this.width + x) * 4;
    this.px[i] = c[0];
    this.px[i + 1] = c[1];
    this.px[i + 2] = c[2];
    this.px[i + 3] = 255;
  }

  fillRect(x, y, w, h, color) {
    const c = hex(color);
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++) {
      for (let i = Math.max(0, Math.round(x)); i < Math.min(this.width, Math.round(x + w)); i++) this.set(i, j, c);
    }
  }

  line(x0, y0, x1, y1, color, thickness = 1) {
    const c = hex(color);
    const dx = x1 - x0;
    const dy = y1 - y0;
    const steps = Math.max(Math.abs(dx), Math.abs(dy), 1);
    const r = (thickness - 1) / 2;
    for (let s = 0; s <= steps; s++) {
      const x = x0 + (dx * s) / steps;
      const y = y0 + (dy * s) / steps;
      if (thickness <= 1) this.set(x, y, c);
      else for (let a = -r; a <= r; a++) for (let b = -r; b <= r; b++) this.set(x + a, y + b, c);
    }
  }

  /**
   * The pixels of `str` in the 5x7 font at `scale`, each passed to `plot(along, down)`
   * as its offset along the text and down from its top; returns the text's length in pixels.
   */
  static glyphs(str, scale, plot) {
    let start = 0;
    for (const ch of String(str)) {
      const g = FONT[ch] || FONT[ch.toUpperCase()] || FONT['?'];
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 5; col++) {
          if (g[row * 5 + col] === '1') {
            for (let a = 0; a < scale; a++) for (let b = 0; b < scale; b++) plot(start + col * scale + a, row * scale + b);
          }
        }
      }
      start += 6 * scale;
    }
    return start;
  }

  /** Text in the 5x7 font at `scale`; returns its width in pixels. */
  text(x, y, str, color = '#000000', scale = 2) {
    const c = hex(color);
    return Canvas.glyphs(str, scale, (along, down) => this.set(x + along, y + down, c));
  }

  static textWidth(str, scale = 2) {
    return String(str).length * 6 * scale;
  }

  /** Text rotated 90 degrees counter-clockwise (for a y axis label), drawn upwards from (x, y). */
  textUp(x, y, str, color = '#000000', scale = 2) {
    const c = hex(color);
    Canvas.glyphs(str, scale, (along, down) => this.set(x + down, y - along, c));
  }

  png() {
    const raw = Buffer.alloc((this.width * 4 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 4 + 1)] = 0;
      this.px.copy(raw, y * (this.width * 4 + 1) + 1, y * this.width * 4, (y + 1) * this.width * 4);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

/** About `count` round tick values covering [lo, hi]. */
function ticks(lo, hi, count = 6) {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) || 10 * mag;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(+v.toFixed(10));
  return { values: out, step };
}

function fmt(v) {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(1)}K`;
  if (a >= 100 || Number.isInteger(v)) return String(Math.round(v));
  return String(+v.toFixed(2));
}

const PALETTE = ['#1f5fbf', '#d1452c', '#2e8b3a', '#8a3fb0', '#c98a00'];

/** A chart's canvas and its plot area: left (L) and top (T) margins, plot width and height. */
function chartFrame(width, height) {
  const L = 110;
  const R = 30;
  const T = 80;
  const B = 80;
  return { cv: new Canvas(width, height), L, T, pw: width - L - R, ph: height - T - B };
}

/**
 * Lines: series [{name, xs, ys, color}]; one chart, shared axes.
 * yFrom0: start the y axis at 0 (else fit the data with a margin).
 */
function lineChart({ title, xLabel, yLabel, series, width = 960, height = 540, yFrom0 = false }) {
  const { cv, L, T, pw, ph } = chartFrame(width, height);
  let xmin = Infinity;
  let xmax = -Infinity;
  let ymin = Infinity;
  let ymax = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.xs.length; i++) {
      if (!Number.isFinite(s.ys[i])) continue;
      xmin = Math.min(xmin, s.xs[i]);
      xmax = Math.max(xmax, s.xs[i]);
      ymin = Math.min(ymin, s.ys[i]);
      ymax = Math.max(ymax, s.ys[i]);
    }
  }
  if (!Number.isFinite(xmin)) {
    xmin = 0;
    xmax = 1;
    ymin = 0;
    ymax = 1;
  }
  if (yFrom0) ymin = Math.min(0, ymin);
  const pad = (ymax - ymin) * 0.08 || Math.abs(ymax) * 0.1 || 1;
  if (!yFrom0) ymin -= pad;
  ymax += pad;
  const yt = ticks(ymin, ymax, 6);
  ymin = Math.min(ymin, yt.values[0]);
  ymax = Math.max(ymax, yt.values[yt.values.length - 1]);
  const xt = ticks(xmin, xmax, 8);
  const X = (x) => L + ((x - xmin) / (xmax - xmin || 1)) * pw;
  const Y = (y) => T + ph - ((y - ymin) / (ymax - ymin || 1)) * ph;
  cv.text(L, 18, title, '#000000', 2);
  for (const v of yt.values) {
    if (v < ymin || v > ymax) continue;
    cv.line(L, Y(v), L + pw, Y(v), '#e4e4e4');
    const label = fmt(v);
    cv.text(L - 8 - Canvas.textWidth(label), Y(v) - 7, label, '#333333');
  }
  for (const v of xt.values) {
    if (v < xmin || v > xmax) continue;
    cv.line(X(v), T + ph, X(v), T + ph + 6, '#333333');
    const label = fmt(v);
    cv.text(X(v) - Canvas.textWidth(label) / 2, T + ph + 12, label, '#333333');
  }
  cv.line(L, T, L, T + ph, '#333333', 2);
  cv.line(L, T + ph, L + pw, T + ph, '#333333', 2);
  cv.text(L + pw / 2 - Canvas.textWidth(xLabel) / 2, height - 34, xLabel, '#000000');
  cv.textUp(14, T + ph / 2 + Canvas.textWidth(yLabel) / 2, yLabel, '#000000');
  series.forEach((s, k) => {
    const color = s.color || PALETTE[k % PALETTE.length];
    let prev = null;
    for (let i = 0; i < s.xs.length; i++) {
      if (!Number.isFinite(s.ys[i])) {
        prev = null;
        continue;
      }
      const p = [X(s.xs[i]), Y(s.ys[i])];
      if (prev) cv.line(prev[0], prev[1], p[0], p[1], color, 2);
      else cv.fillRect(p[0] - 1, p[1] - 1, 3, 3, color);
      prev = p;
    }
  });
  // legend, one row above the plot
  let lx = L;
  series.forEach((s, k) => {
    const color = s.color || PALETTE[k % PALETTE.length];
    cv.fillRect(lx, 50, 30, 6, color);
    lx += 40 + cv.text(lx + 40, 46, s.name, '#000000') + 30;
  });
  return cv.png();
}

/**
 * Grouped bars: groups [{label, bars: [{name, value, note?}]}]; bar colours
 * follow the order of names in `legend`. log: a log10 value axis.
 */
function barChart({ title, yLabel, groups, legend, width = 960, height = 540, log = false }) {
  const { cv, L, T, pw, ph } = chartFrame(width, height);
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v) => Number.isFinite(v) && (!log || v > 0));
  let lo = log ? Math.floor(Math.log10(Math.min(...values))) : 0;
  let hi = log ? Math.ceil(Math.log10(Math.max(...values)) + 0.15) : Math.max(...values) * 1.15;
  if (!Number.isFinite(lo)) lo = 0;
  if (!(hi > lo)) hi = lo + 1;
  const tv = log ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : ticks(0, hi, 6).values;
  if (!log) hi = Math.max(hi, tv[tv.length - 1]);
  const Y = (v) => {
    const t = log ? (Math.log10(v) - lo) / (hi - lo) : v / hi;
    return T + ph - Math.max(0, Math.min(1, t)) * ph;
  };
  cv.text(L, 18, title, '#000000', 2);
  for (const v of tv) {
    const y = log ? T + ph - ((v - lo) / (hi - lo)) * ph : Y(v);
    cv.line(L, y, L + pw, y, '#e4e4e4');
    const label = log ? fmt(10 ** v) : fmt(v);
    cv.text(L - 8 - Canvas.textWidth(label), y - 7, label, '#333333');
  }
  cv.line(L, T, L, T + ph, '#333333', 2);
  cv.line(L, T + ph, L + pw, T + ph, '#333333', 2);
  cv.textUp(14, T + ph / 2 + Canvas.textWidth(yLabel) / 2, yLabel, '#000000');
  const gw = pw / groups.length;
  groups.forEach((g, gi) => {
    const n = g.bars.length;
    const bw = Math.min(90, (gw * 0.8) / n);
    const x0 = L + gi * gw + (gw - bw * n) / 2;
    g.bars.forEach((b, bi) => {
      const color = PALETTE[Math.max(0, legend.indexOf(b.name)) % PALETTE.length];
      if (!Number.isFinite(b.value) || (log && b.value <= 0)) return;
      const y = Y(b.value);
      cv.fillRect(x0 + bi * bw + 3, y, bw - 6, T + ph - y, color);
      const label = b.note || fmt(b.value);
      cv.text(x0 + bi * bw + bw / 2 - Canvas.textWidth(label, 2) / 2, y - 20, label, '#000000', 2);
    });
    cv.text(L + gi * gw + gw / 2 - Canvas.textWidth(g.label) / 2, T + ph + 14, g.label, '#000000');
  });
  let lx = L;
  legend.forEach((name, k) => {
    cv.fillRect(lx, 48, 30, 10, PALETTE[k % PALETTE.length]);
    lx += 40 + cv.text(lx + 40, 46, name, '#000000') + 30;
  });
  return cv.png();
}

module.exports = { Canvas, lineChart, barChart, ticks };
