'use strict';
/**
 * Runs a benchmark worker in a Node process of its own and collects the JSON
 * lines it prints on stdout. The worker is killed (by its PID) when it
 * outlives `timeoutMs`; what it printed until then is kept.
 */

const path = require('path');
const { startNode } = require('../../testbed/child');

async function runWorker(script, { config, nodeArgs = ['--expose-gc'], timeoutMs = 15 * 60 * 1000, onLine = () => {}, env = {} } = {}) {
  const lines = [];
  // stdout that is not a JSON line is reported with stderr
  let stray = '';
  const child = startNode(path.resolve(__dirname, '..', script), [], {
    nodeArgs,
    env: { ...process.env, ...env, BENCH_CONFIG: JSON.stringify(config) },
    timeoutMs,
    onLine: (line) => {
      if (!line.trim()) return;
      let obj;
      try {
        obj = JSON.parse(line);
      } catch (_) {
        stray += `${line}\n`;
        return;
      }
      lines.push(obj);
      onLine(obj);
    },
  });
  const { code, signal, killed, stderr } = await child.done;
  return { lines, code, signal, killed, stderr: (stray + stderr).slice(-20000), pid: child.pid };
}

module.exports = { runWorker };
