'use strict';
/** Small statistics for the benchmarks: median, least-squares slope, growth between two points. */

function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Least-squares slope of ys over xs (units of y per unit of x). */
function slope(xs, ys) {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den ? num / den : null;
}

/**
 * Growth of a per-cycle series between cycle `from` and the last cycle, as
 * the difference of the medians of the `window` cycles ending at each point
 * (robust to one noisy sample).
 */
function growth(series, from, window = 20) {
  if (series.length < 2) return null;
  const at = (end) => median(series.slice(Math.max(0, end - window + 1), end + 1));
  const fromIdx = Math.min(from, series.length - 1);
  return at(series.length - 1) - at(fromIdx);
}

const mb = (bytes) => (bytes === null || bytes === undefined ? null : bytes / (1024 * 1024));
const kb = (bytes) => (bytes === null || bytes === undefined ? null : bytes / 1024);

module.exports = { median, slope, growth, mb, kb };
