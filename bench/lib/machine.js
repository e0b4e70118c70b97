'use strict';
/** What the benchmarks ran on, and how busy the machine was while they ran. */

const os = require('os');
const { execFileSync } = require('child_process');

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10000 }).trim();
  } catch (_) {
    return null;
  }
}

function machineInfo() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus.length ? cpus[0].model.trim() : 'unknown',
    memoryGiB: +(os.totalmem() / 1024 ** 3).toFixed(1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    rust: tryRun('rustc', ['--version']),
    date: new Date().toISOString(),
  };
}

/**
 * Samples the 1-minute load average every `everyMs` until stop() is called;
 * stop() resolves { samples, min, median, max, cores }.
 */
function loadSampler(everyMs = 5000) {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0]);
      const sorted = [...samples].sort((a, b) => a - b);
      return {
        samples: samples.length,
        min: +sorted[0].toFixed(2),
        median: +sorted[sorted.length >> 1].toFixed(2),
        max: +sorted[sorted.length - 1].toFixed(2),
        cores: os.cpus().length,
      };
    },
  };
}

module.exports = { machineInfo, loadSampler };
