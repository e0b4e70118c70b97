'use strict';
/**
 * Runs a benchmark worker in a Node process of its own and collects the JSON
 * lines it prints on stdout. The worker is killed (by its PID) when it
 * outlives `timeoutMs`; what it printed until then is kept.
 */

const { spawn } = require('child_process');
const path = require('path');

function runWorker(script, { config, nodeArgs = ['--expose-gc'], timeoutMs = 15 * 60 * 1000, onLine = () => {}, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, path.resolve(__dirname, '..', script)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, BENCH_CONFIG: JSON.stringify(config) },
    });
    const lines = [];
    let buf = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      buf += s;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.trim()) continue;
        try {
          const obj = JSON.parse(line);
          lines.push(obj);
          onLine(obj);
        } catch (_) {
          stderr += `${line}\n`;
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      stderr = (stderr + s).slice(-20000);
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ lines, code, signal, killed, stderr, pid: child.pid });
    });
  });
}

module.exports = { runWorker };
